/// One element of a statement, with its source range and text as written.
public struct Element: Sendable, Equatable {
    public indirect enum Kind: Sendable, Equatable {
        case name(String)
        /// A number (a fraction when written with `%`) and an optional unit (`亿元`).
        case number(Double, percent: Bool, unit: String?)
        case string(String)
        /// `2021..2025`.
        case range(Int, Int)
        /// `normal(5%, 1%)` and the other distributions.
        case distribution(String, [Element])
        case comparison(String)
        case comma
    }
    public let kind: Kind
    public let range: SourceRange
    public let text: String
}

/// A statement: a keyword and its elements, on one line.
public struct Statement: Sendable, Equatable {
    public let keyword: String
    public let keywordRange: SourceRange
    public let elements: [Element]
    public let range: SourceRange
    public let trailingComment: String?
    /// True when a character of the line could not be read (already reported by the
    /// lexer); the analyzer then leaves the line alone rather than report its echoes.
    public var damaged = false
}

/// A `sweep NAME { … }` block inside a scenario.
public struct SweepBlock: Sendable, Equatable {
    public let name: String
    public let nameRange: SourceRange
    public let items: [Item]
    public let range: SourceRange
    /// Comments after `{` and after the closing `}`, kept by the formatter.
    public var trailingComment: String?
    public var closingComment: String?
}

/// Something inside a scenario block, in order, comments and blank lines included so
/// the formatter keeps them.
public enum Item: Sendable, Equatable {
    case statement(Statement)
    case sweep(SweepBlock)
    case comment(String)
    case blank
}

/// `scenario NAME extends A, B { … }`.
public struct ScenarioDecl: Sendable, Equatable {
    public let name: String
    public let nameRange: SourceRange
    public let parents: [(String, SourceRange)]
    public let items: [Item]
    public let range: SourceRange
    public let trailingComment: String?
    /// The comment after the closing `}`.
    public var closingComment: String?

    public static func == (a: ScenarioDecl, b: ScenarioDecl) -> Bool {
        a.name == b.name && a.items == b.items && a.parents.map(\.0) == b.parents.map(\.0)
    }
}

/// A top-level item of a file.
public enum TopItem: Sendable, Equatable {
    case include(String, SourceRange)
    case scenario(ScenarioDecl)
    case plan(PlanDecl)
    case comment(String)
    case blank
}

/// A parsed file: its items and every diagnostic the lexer and parser found.
public struct SyntaxTree: Sendable {
    public let source: SourceFile
    public let items: [TopItem]
    public let diagnostics: [Diagnostic]
    /// Diagnostics found beyond the limit (counted, not kept).
    public var dropped = 0
    /// Comments after `include "…"` lines, by the include's start offset.
    public var includeComments: [Int: String] = [:]

    public init(source: SourceFile, items: [TopItem], diagnostics: [Diagnostic], dropped: Int = 0) {
        self.source = source
        self.items = items
        self.diagnostics = diagnostics
        self.dropped = dropped
    }

    public var scenarios: [ScenarioDecl] {
        items.compactMap { if case .scenario(let s) = $0 { return s } else { return nil } }
    }
    public var plans: [PlanDecl] { items.compactMap { if case .plan(let p) = $0 { return p } else { return nil } } }
}

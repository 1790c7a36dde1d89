/// One problem found in a file or argument a person gave plansim: where it is, what is
/// wrong, and what to do about it.
public struct InputIssue: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it (or `<argument>` for command-line values).
    public var file: String
    /// 1-based line, when the problem has one.
    public var line: Int?
    /// 1-based column (in characters), when known.
    public var column: Int?
    /// The field or column name involved, when there is one.
    public var field: String?
    /// What is wrong, in English: lowercase, no trailing period, identifiers in backticks
    /// (its Chinese is ``messageZH``).
    public var message: String
    /// What to do about it.
    public var help: String?
    /// `message` in Chinese, when the place that found the problem wrote it (see ``Phrase``).
    public var messageZH: String?
    /// `help` in Chinese, when the place that found the problem wrote it.
    public var helpZH: String?

    /// English only: kept inside PlanData (and its tests) so that every message made
    /// elsewhere is written in both languages, with ``Phrase``s.
    init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String, help: String? = nil)
    {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
        self.help = help
    }

    /// An issue stated in both languages.
    public init(
        file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: Phrase, help: Phrase? = nil
    ) {
        self.init(file: file, line: line, column: column, field: field, message: message.en, help: help?.en)
        self.messageZH = message.zh
        self.helpZH = help?.zh
    }

    /// `file:line:col: error: message` then an indented `help:` line.
    public var description: String {
        var location = TerminalText.escaped(file)
        if let line { location += ":\(line)" }
        if let line = line, line > 0, let column { location += ":\(column)" }
        var text = "\(location): error: \(TerminalText.escaped(message))"
        if let field { text += " (field `\(TerminalText.escaped(field))`)" }
        if let help { text += "\n  help: \(TerminalText.escaped(help))" }
        return text
    }
}

/// Every problem found in one input, reported together.
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    public var issues: [InputIssue]
    /// Problems found but not kept (past ``keepLimit``): counted in the total only.
    public var more: Int

    public init(_ issues: [InputIssue], more: Int = 0) {
        self.issues = issues
        self.more = more
    }

    /// How many issues are printed; the rest are counted (a million bad rows must not print
    /// a million lines).
    public static let printLimit = 100
    /// How many issues a reader keeps before it only counts (a million kept issues would
    /// cost gigabytes).
    public static let keepLimit = 1_000

    /// Every problem found: those kept and those only counted.
    public var total: Int { issues.count + more }

    public var description: String {
        let shown = issues.prefix(Self.printLimit).map(\.description).joined(separator: "\n")
        guard total > Self.printLimit else { return shown }
        return shown
            + "\n… and \(total - min(issues.count, Self.printLimit)) more problems (\(total) in all); fix these first"
    }
}

/// Suggestions for a mistyped name: the candidates within a small edit distance.
public enum DidYouMean {
    /// Up to three candidates closest to `name` (case-insensitive Levenshtein distance at
    /// most a third of the name's length, and at least 2).
    public static func suggestions(for name: String, among candidates: [String]) -> [String] {
        let lowered = Array(name.lowercased())
        let limit = max(2, lowered.count / 3)
        var scored: [(name: String, distance: Int)] = []
        for candidate in candidates {
            let d = distance(lowered, Array(candidate.lowercased()))
            if d <= limit { scored.append((candidate, d)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        return scored.prefix(3).map(\.name)
    }

    /// `did you mean `a` or `b`?`, or nil when there is nothing close.
    public static func help(for name: String, among candidates: [String]) -> String? {
        phrase(for: name, among: candidates)?.en
    }

    /// `did you mean `a` or `b`?` / `是否想用 `a` 或 `b`？`, or nil when there is nothing close.
    public static func phrase(for name: String, among candidates: [String]) -> Phrase? {
        let found = suggestions(for: name, among: candidates)
        guard !found.isEmpty else { return nil }
        return Phrase(
            zh: "是否想用 " + found.map { "`\($0)`" }.joined(separator: " 或 ") + "？",
            en: "did you mean " + found.map { "`\($0)`" }.joined(separator: " or ") + "?")
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// Issues gathered while reading a large file: the first ``InputErrors/keepLimit`` kept,
/// the rest only counted, so a file of a million bad rows costs no more memory than a
/// file of a thousand.
public struct BoundedIssues: Sendable {
    public private(set) var kept: [InputIssue] = []
    public private(set) var more = 0

    public init() {}

    public var isEmpty: Bool { kept.isEmpty && more == 0 }

    public mutating func append(_ issue: InputIssue) {
        if kept.count < InputErrors.keepLimit { kept.append(issue) } else { more += 1 }
    }

    /// Everything gathered, as the error a reader throws.
    public var errors: InputErrors { InputErrors(kept, more: more) }
}

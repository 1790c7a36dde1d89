/// A problem found in a scenario file: a stable id, where, what, and what to do.
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable { case error, warning }
    public let id: String
    public let severity: Severity
    public let message: String
    public let range: SourceRange
    public let help: String?
    /// The file it belongs to (set when files are combined by includes).
    public var file: String?

    public init(id: String, severity: Severity = .error, message: String, range: SourceRange, help: String? = nil) {
        self.id = id
        self.severity = severity
        self.message = message
        self.range = range
        self.help = help
    }
}

/// Every diagnostic's wording, in one place. Messages are lowercase, without a trailing
/// period, identifiers in backticks; `help` says what to do. Ids are stable (docs list them).
extension Diagnostic {
    static func unexpectedCharacter(_ r: SourceRange, what: String, help: String) -> Diagnostic {
        Diagnostic(id: "E001", message: "\(what)", range: r, help: help)
    }
    static func unterminatedString(_ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E002", message: "string is not closed on its line", range: r, help: "add the closing `\"`")
    }
    static func numberOutOfRange(_ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E003", message: "number is too large to represent", range: r, help: "write a number below 1e308")
    }
    static func expected(_ what: String, found: String, _ r: SourceRange, help: String? = nil) -> Diagnostic {
        Diagnostic(id: "E010", message: "expected \(what), found \(found)", range: r,
                   help: help ?? "write \(what) here; docs/scenario-language.md gives each statement's form")
    }
    static func unknownKeyword(_ word: String, _ r: SourceRange, suggestions: String?) -> Diagnostic {
        Diagnostic(id: "E011", message: "unknown statement `\(word)`", range: r,
                   help: suggestions ?? "statements are: \(Keywords.statements.map { "`\($0)`" }.joined(separator: ", "))")
    }
    static func unknownIndicator(_ name: String, _ r: SourceRange, suggestions: String?) -> Diagnostic {
        Diagnostic(id: "E012", message: "unknown indicator `\(name)`", range: r,
                   help: suggestions ?? "use an id such as `industrial_output` or the plan's Chinese name; `plansim data show` lists them")
    }
    static func unknownWord(_ word: String, role: String, _ r: SourceRange, choices: [String]) -> Diagnostic {
        let close = DidYouMeanText.help(word, choices)
        return Diagnostic(id: "E013", message: "unknown \(role) `\(word)`", range: r,
                          help: close ?? "choose one of " + choices.map { "`\($0)`" }.joined(separator: ", "))
    }
    /// `first` is the plan's first simulated year (2021 for Haibin's 14th plan).
    static func yearOutsideHorizon(_ year: Int, horizon: Int, first: Int, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E014", message: "year \(year) is outside the simulated years \(first)–\(horizon)", range: r,
                   help: year < first ? pastYearHelp(first) : "use a year from \(first) to \(horizon), or raise `horizon`")
    }
    static func yearNotSimulated(_ year: Int, first: Int, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E014", message: year < first ? "year \(year) is before \(first), the first simulated year" : "year \(year) is after 2100, the last year plansim simulates", range: r,
                   help: pastYearHelp(first))
    }
    /// What to do with a year the plan does not simulate: years up to its base are data.
    static func pastYearHelp(_ first: Int) -> String {
        "plansim simulates from \(first) (the year after the \(first - 1) base) to the horizon; use a year in that span"
    }
    static func badRange(_ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E015", message: "range ends before it starts", range: r, help: "write the earlier year first, e.g. `2021..2025`")
    }
    static func overlapping(_ what: String, other: Int, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E016", message: "\(what) overlaps the one on line \(other)", range: r,
                   help: "give each year one assumption of a kind, or split the ranges")
    }
    static func missingParent(_ name: String, _ r: SourceRange, suggestions: String?) -> Diagnostic {
        Diagnostic(id: "E017", message: "no scenario named `\(name)` to extend", range: r,
                   help: suggestions ?? "define it in this file or in a file it includes")
    }
    static func inheritanceCycle(_ names: [String], _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E018", message: "scenarios extend each other in a cycle: " + names.map { "`\($0)`" }.joined(separator: " → "),
                   range: r, help: "remove one `extends` so that inheritance ends at a scenario with no parent")
    }
    static func invalidDistribution(_ message: String, _ r: SourceRange, help: String) -> Diagnostic {
        Diagnostic(id: "E019", message: message, range: r, help: help)
    }
    static func duplicateScenario(_ name: String, first: Int, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E020", message: "scenario `\(name)` is defined twice (first on line \(first))", range: r, help: "rename one of them")
    }
    static func includeOutsideTree(_ path: String, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E021", message: "include `\(path)` is outside this scenario's directory", range: r,
                   help: "includes must stay inside the directory of the file that includes them")
    }
    static func includeMissing(_ path: String, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E022", message: "cannot read included file `\(path)`", range: r, help: "check the path; it is relative to this file")
    }
    static func includeUnreadable(_ path: String, _ problem: String, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E022", message: "included file `\(path)` \(problem)", range: r, help: "include a scenario file (.scn) inside this folder")
    }
    static func unitMismatch(_ unit: String, expected: String, indicator: String, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E023", message: "unit `\(unit)` does not match `\(indicator)`, measured in `\(expected)`", range: r,
                   help: "write the amount in \(expected), or as a percentage")
    }
    static func sweepTargetMissing(_ what: String, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E024", message: "sweep varies \(what), which this scenario does not state", range: r,
                   help: "state it first (an `assume` or `prior` line), then vary it")
    }
    static func notInLinkedCore(_ what: String, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E025", message: what, range: r,
                   help: "`fixed_investment`, `industrial_output` and `new_employment` follow the linked core; use growth, level, step, shock or add_factor for them")
    }
    static func dataFile(_ message: String, _ r: SourceRange, help: String) -> Diagnostic {
        Diagnostic(id: "E026", message: message, range: r, help: help)
    }
    static func invalidValue(_ message: String, _ r: SourceRange, help: String) -> Diagnostic {
        Diagnostic(id: "E027", message: message, range: r, help: help)
    }
    static func emptyFile(_ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E028", message: "no scenario in this file", range: r,
                   help: "write `scenario NAME {` … `}`; see docs/scenario-language.md")
    }
}

/// Did-you-mean suggestions (the same rule as everywhere in plansim).
enum DidYouMeanText {
    static func help(_ word: String, _ choices: [String]) -> String? {
        DidYouMean.help(for: word, among: choices)
    }
}

import PlanData

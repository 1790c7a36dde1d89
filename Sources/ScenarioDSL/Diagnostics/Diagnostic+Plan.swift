import PlanData

/// The diagnostics of plan files (docs/plan-files.md lists the ids).
extension Diagnostic {
    static func unknownUnit(_ unit: String, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E040", message: "unknown unit `\(unit)`", range: r,
                   help: DidYouMean.help(for: unit, among: PlanUnit.known) ?? "units are " + PlanUnit.known.map { "`\($0)`" }.joined(separator: ", "))
    }
    static func targetBeforeBase(_ year: Int, base: Int, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E041", message: "target year \(year) is not after the base year \(base)", range: r,
                   help: "a target is reached after its base: use a year after \(base), or correct `base`")
    }
    static func sumWithoutYears(_ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E042", message: "a period sum needs its years", range: r,
                   help: "write the years it sums over, e.g. `target sum 2021..2025 50 亿元`")
    }
    static func duplicateIndicator(_ id: String, first: Int, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E043", message: "indicator `\(id)` is stated twice (first on line \(first))", range: r,
                   help: "keep one `indicator \(id)` block, or rename one")
    }
    static func nonPositiveBase(_ value: Double, kind: String, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E044", message: "base value \(value) is not above zero, which \(kind.first.map { "aeiou".contains($0) } == true ? "an" : "a") \(kind) cannot be", range: r,
                   help: "check the figure; growth from a base of zero or less is undefined")
    }
    static func roleWrongKind(_ role: String, indicator: String, kind: String, needs: String, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E045", message: "the linked core's \(role) must be an \(needs), but `\(indicator)` is an \(kind)", range: r,
                   help: "give the role to an indicator of kind `\(needs.replacingOccurrences(of: " ", with: "_"))`, or leave the plan without a linked core")
    }
    static func planMissing(_ what: String, _ r: SourceRange, help: String) -> Diagnostic {
        Diagnostic(id: "E046", message: what, range: r, help: help)
    }
    static func unknownPlanStatement(_ word: String, _ r: SourceRange, among: [String], place: String) -> Diagnostic {
        Diagnostic(id: "E047", message: "unknown statement `\(word)` in \(place)", range: r,
                   help: DidYouMean.help(for: word, among: among) ?? "statements here are " + among.map { "`\($0)`" }.joined(separator: ", "))
    }
    static func repeatedStatement(_ word: String, first: Int, _ r: SourceRange) -> Diagnostic {
        Diagnostic(id: "E048", message: "`\(word)` is stated twice (first on line \(first))", range: r, help: "keep one")
    }
}

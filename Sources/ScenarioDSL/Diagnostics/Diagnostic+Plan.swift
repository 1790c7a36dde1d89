import Foundation
import PlanData

/// The diagnostics of plan files (docs/plan-files.md lists the ids), in English and Chinese.
extension Diagnostic {
    static func unknownUnit(_ unit: String, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E040", message: Phrase(zh: "未知单位 `\(unit)`", en: "unknown unit `\(unit)`"), range: r,
            help: PlanUnit.didYouMean(unit)
                ?? Phrase(
                    zh: "可用的单位：" + Phrase.codes(PlanUnit.known).zh, en: "units are " + Phrase.codes(PlanUnit.known).en))
    }
    static func targetBeforeBase(_ year: Int, base: Int, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E041",
            message: Phrase(
                zh: "目标年份 \(year) 不晚于基期年份 \(base)", en: "target year \(year) is not after the base year \(base)"),
            range: r,
            help: Phrase(
                zh: "目标在基期之后达到：请使用 \(base) 之后的年份，或修正 `base`",
                en: "a target is reached after its base: use a year after \(base), or correct `base`"))
    }
    static func sumWithoutYears(_ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E042", message: Phrase(zh: "期间累计目标需要写明年份", en: "a period sum needs its years"), range: r,
            help: Phrase(
                zh: "请写明累计的年份，例如 `target sum 2021..2025 50 亿元`",
                en: "write the years it sums over, e.g. `target sum 2021..2025 50 亿元`"))
    }
    static func duplicateIndicator(_ id: String, first: Int, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E043",
            message: Phrase(
                zh: "指标 `\(id)` 写了两次（第一次在第 \(first) 行）",
                en: "indicator `\(id)` is stated twice (first on line \(first))"), range: r,
            help: Phrase(
                zh: "只保留一个 `indicator \(id)` 块，或将其中之一改名", en: "keep one `indicator \(id)` block, or rename one"))
    }
    /// `kind` is the indicator kind as written (`stock_count`, …) or `printed sum`.
    static func nonPositiveBase(_ value: Double, kind: String, _ r: SourceRange) -> Diagnostic {
        let english = kind.replacingOccurrences(of: "_", with: " ")
        let article = english.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        let zhKind = kind == "printed sum" ? "印发的累计值" : "`\(kind)` 类指标"
        return Diagnostic(
            id: "E044",
            message: Phrase(
                zh: "基期值 \(value) 不大于零，\(zhKind)不能如此",
                en: "base value \(value) is not above zero, which \(article) \(english) cannot be"), range: r,
            help: Phrase(
                zh: "请核对数字；从零或负的基期值出发，增长率没有意义", en: "check the figure; growth from a base of zero or less is undefined")
        )
    }
    /// `kind` and `needs` are indicator kinds as written (`stock_count`, `flow`, …).
    static func roleWrongKind(_ role: String, indicator: String, kind: String, needs: String, _ r: SourceRange)
        -> Diagnostic
    {
        let label = { (k: String) in k == "stock_count" ? "stock" : k.replacingOccurrences(of: "_", with: " ") }
        return Diagnostic(
            id: "E045",
            message: Phrase(
                zh: "联动核心的 `\(role)` 须为 `\(needs)` 类指标，而 `\(indicator)` 是 `\(kind)` 类",
                en: "the linked core's \(role) must be an \(label(needs)), but `\(indicator)` is an \(label(kind))"),
            range: r,
            help: Phrase(
                zh: "请把这一角色交给 `\(needs)` 类指标，或不设联动核心",
                en:
                    "give the role to an indicator of kind `\(label(needs).replacingOccurrences(of: " ", with: "_"))`, or leave the plan without a linked core"
            ))
    }
    static func planMissing(_ what: Phrase, _ r: SourceRange, help: Phrase) -> Diagnostic {
        Diagnostic(id: "E046", message: what, range: r, help: help)
    }
    static func unknownPlanStatement(_ word: String, _ r: SourceRange, among: [String], place: Phrase) -> Diagnostic {
        Diagnostic(
            id: "E047",
            message: Phrase(zh: "\(place.zh)中的未知语句 `\(word)`", en: "unknown statement `\(word)` in \(place.en)"),
            range: r,
            help: Phrase.didYouMean(word, among: among)
                ?? Phrase(zh: "此处可用的语句：" + Phrase.codes(among).zh, en: "statements here are " + Phrase.codes(among).en))
    }
    static func repeatedStatement(_ word: String, first: Int, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E048",
            message: Phrase(
                zh: "`\(word)` 写了两次（第一次在第 \(first) 行）", en: "`\(word)` is stated twice (first on line \(first))"),
            range: r,
            help: Phrase(zh: "只保留一个", en: "keep one"))
    }
    /// `what` names the value (`base value`, `target`, …); `ceiling` is ``PlanLimits/valueCeiling``.
    static func valueOutOfRange(_ what: Phrase, _ value: Double, unit: String, _ r: SourceRange) -> Diagnostic {
        let shown = value.isFinite ? String(format: "%g", value) : "∞"
        return Diagnostic(
            id: "E049",
            message: Phrase(
                zh: "\(what.zh) \(shown) 超出可用范围（绝对值须小于 10¹² \(unit)）",
                en: "\(what.en) \(shown) is out of range (it must be below 10¹² \(unit) in size)"), range: r,
            help: Phrase(
                zh: "请核对数字与单位；过大的数无法模拟", en: "check the figure and its unit; a number this large cannot be simulated"))
    }
    /// A year outside ``PlanLimits/years``, or a plan whose years span more than ``PlanLimits/span``.
    static func yearsOutOfRange(_ message: Phrase, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E050", message: message, range: r,
            help: Phrase(
                zh:
                    "规划年份须在 \(PlanLimits.years.lowerBound) 至 \(PlanLimits.years.upperBound) 年之间，最早的基期到最晚的规划年份不超过 \(PlanLimits.span) 年（模拟最多 100 年）",
                en:
                    "plan years are from \(PlanLimits.years.lowerBound) to \(PlanLimits.years.upperBound), at most \(PlanLimits.span) years from the earliest base to the last plan year (a run simulates at most 100 years)"
            ))
    }
}

/// The ranges a plan's figures and years must lie in (docs/plan-files.md, "Limits").
enum PlanLimits {
    /// Every year a plan states.
    static let years = 1949...2100
    /// The most years from the earliest base year to the last year of the period or of a
    /// target: with the 35 years a run may simulate past the period, at most 100 years.
    static let span = 65
    /// Bases, targets, sums and facts are below this in size, in the indicator's unit.
    static let valueCeiling = 1e12
    /// Whether `value` is a figure a plan may state.
    static func accepts(_ value: Double) -> Bool { value.isFinite && abs(value) < valueCeiling }
}

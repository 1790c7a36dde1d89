import Forecasting
import Foundation
public import PlanData

/// A headline probability's range over the named prior sets (`stated`, `cautious`;
/// docs/methods.md): Leamer's sensitivity analysis, shown beside every probability, in
/// `results.json` (format 1.4), the terminal's table and page one.
public enum PriorSetRange {
    /// The lowest and highest probability over the sets; nil without sets.
    public static func range(_ t: ReportDocument.Target) -> ClosedRange<Double>? {
        let values = t.probabilityByPriorSet.map(\.probability)
        guard let lo = values.min(), let hi = values.max() else { return nil }
        return lo...hi
    }

    /// The probability under the `cautious` set; nil when the run did not compute it.
    public static func cautious(_ t: ReportDocument.Target) -> Double? {
        t.probabilityByPriorSet.first { $0.set == "cautious" }?.probability
    }

    /// `probability_by_prior_set` of a target in results.json: `{"stated": …, "cautious": …}`,
    /// null when the run did not compute the sets.
    static func setsJSON(_ t: ReportDocument.Target) -> JSONValue {
        t.probabilityByPriorSet.isEmpty
            ? .null : .object(t.probabilityByPriorSet.map { ($0.set, .finite($0.probability)) })
    }

    /// `probability_range`: `[lowest, highest]` over the sets, null without them.
    static func rangeJSON(_ t: ReportDocument.Target) -> JSONValue {
        range(t).map { .array([.finite($0.lowerBound), .finite($0.upperBound)]) } ?? .null
    }

    /// The sets read back from results.json, in the file's order; entries that are not a
    /// probability (a finite number from 0 to 1) are left out. JSONSerialization keeps no
    /// key order, so `stated` is put first and the others follow by name.
    static func read(_ value: Any?) -> [(set: String, probability: Double)] {
        guard let object = value as? [String: Any] else { return [] }
        return object.compactMap { key, value -> (set: String, probability: Double)? in
            guard let p = (value as? NSNumber)?.doubleValue, p.isFinite, (0...1).contains(p) else { return nil }
            return (key, p)
        }.sorted { ($0.set == "stated" ? 0 : 1, $0.set) < ($1.set == "stated" ? 0 : 1, $1.set) }
    }

    /// Whether two probabilities differ enough to be told apart: by at least two whole
    /// points as shown. The alternative runs use at most 20,000 paths (a Monte Carlo standard
    /// error of at most 0.35 points) against the headline's own count, so a smaller gap may
    /// be noise and is not reported (37% beside 38% would read as a finding).
    static func differs(_ a: Double, from b: Double) -> Bool {
        abs((a * 100).rounded() - (b * 100).rounded()) >= 2
    }

    /// The table cell: `38% (22–38%)`, or the probability alone when the sets agree within
    /// two points (``differs(_:from:)``) or were not computed.
    public static func cell(_ t: ReportDocument.Target) -> String {
        let shown = NumberFormat.probability(t.probability)
        guard let range = range(t), differs(range.lowerBound, from: range.upperBound) else { return shown }
        let lo = NumberFormat.probability(range.lowerBound), hi = NumberFormat.probability(range.upperBound)
        return "\(shown) (\(lo.dropLast())–\(hi))"
    }

    /// Page one's words after the probability, inside the item's bracket, when the wider
    /// priors move it by two points or more: `，假设的不确定性放宽时为27%` /
    /// `, 27% with wider spreads` (short: page one holds the table's foot in English too). A wider prior pulls a probability
    /// towards one half, so the words say "wider", never "more cautious". Empty otherwise.
    public static func words(_ t: ReportDocument.Target, language l: Language) -> String {
        guard let cautious = cautious(t), differs(cautious, from: t.probability) else { return "" }
        let shown = NumberFormat.probability(cautious)
        return l == .zh ? "，假设的不确定性放宽时为\(shown)" : ", \(shown) with wider spreads"
    }

    /// Whether the probability with unconditional investment differs from the headline by
    /// two points or more (``differs(_:from:)``); false when not computed.
    public static func movesWithUnconditionalInvestment(_ t: ReportDocument.Target) -> Bool {
        t.probabilityUnconditionalInvestment.map { differs($0, from: t.probability) } ?? false
    }

    /// A probability in a sentence: `14%`, `不足1%` / `under 1%`, `99%以上` / `over 99%`
    /// (never the table's `< 1%`, which Markdown escapes and a sentence does not say).
    public static func inWords(_ p: Double, language l: Language) -> String {
        if p > 0, p < 0.01 { return l == .zh ? "不足1%" : "under 1%" }
        if p < 1, p > 0.99 { return l == .zh ? "99%以上" : "over 99%" }
        return NumberFormat.probability(p)
    }

    /// One sentence for page one and the terminal: the targets whose odds, as shown, move by
    /// two points or more when plan-period investment follows the reference class instead of
    /// the plan (the investment total itself included); nil when none or not computed.
    public static func investmentSentence(_ d: ReportDocument, language l: Language) -> String? {
        let open = d.targets.filter { !$0.hasEnded && movesWithUnconditionalInvestment($0) }
        guard !open.isEmpty else { return nil }
        let fall = NumberFormat.rate(1 - exp(BaselineAssumptions.investmentReferenceClass.mean))
        let items = open.map { t in
            let name = d.indicator(t.indicator)?.name(l) ?? t.indicator
            let p = inWords(t.probabilityUnconditionalInvestment ?? .nan, language: l)
            return l == .zh ? "\(name)\(p)" : "\(name) \(p)"
        }
        return l == .zh
            ? "若投资按同类地区一般走势（年均下降\(fall)左右）而非规划，达标概率为：\(items.joined(separator: "，"))。"
            : "With investment as in comparable places (falling about \(fall) a year) rather than the plan: \(items.joined(separator: ", "))."
    }
}

extension PriorSetRange {
    /// The lines under the terminal's table: what the bracketed range is, and the open
    /// targets whose probability, as shown, differs with unconditional investment; none
    /// when not computed.
    public static func notes(_ d: ReportDocument, language l: Language) -> [String] {
        var lines: [String] = []
        if d.targets.contains(where: { $0.probabilityByPriorSet.contains { $0.set == "reference" } }) {
            lines.append(
                l == .zh
                    ? "达标概率括号内为放宽假设的不确定性（加大先验标准差）及采用参考面板（同类单位）估计的增速先验后所得的范围，相差不足2个百分点的不列。"
                    : "The bracket after a probability is its range with wider priors and with growth priors from the reference panel of comparable units; gaps under 2 points are not shown."
            )
        } else if d.targets.contains(where: { !$0.probabilityByPriorSet.isEmpty }) {
            lines.append(
                l == .zh
                    ? "达标概率括号内为放宽假设的不确定性（加大先验标准差）后所得的范围，相差不足2个百分点的不列。"
                    : "The bracket after a probability is its range when the assumptions' uncertainty is widened (wider priors); gaps under 2 points are not shown."
            )
        }
        if let sentence = investmentSentence(d, language: l) { lines.append(sentence) }
        return lines
    }
}

extension ReportDocument {
    /// Sets each target's probability under the named prior sets: `probability(set, target)`
    /// for every set, in order (`stated` first); a nil leaves that set out for that target.
    public mutating func setPriorSets(_ sets: [String], probability: (String, Target) -> Double?) {
        for k in targets.indices {
            let t = targets[k]
            targets[k].probabilityByPriorSet = sets.compactMap { set in probability(set, t).map { (set, $0) } }
        }
    }

    /// Sets each target's probability with unconditional investment (nil: not computed for it).
    public mutating func setUnconditionalInvestment(_ probability: (Target) -> Double?) {
        for k in targets.indices { targets[k].probabilityUnconditionalInvestment = probability(targets[k]) }
    }
}

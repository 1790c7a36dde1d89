import Foundation
import Forecasting
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
        t.probabilityByPriorSet.isEmpty ? .null : .object(t.probabilityByPriorSet.map { ($0.set, .finite($0.probability)) })
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

    /// The table cell: `38% (22–38%)`, or the probability alone when the sets agree to the
    /// whole per cent shown or were not computed.
    public static func cell(_ t: ReportDocument.Target) -> String {
        let shown = NumberFormat.probability(t.probability)
        guard let range = range(t) else { return shown }
        let lo = NumberFormat.probability(range.lowerBound), hi = NumberFormat.probability(range.upperBound)
        return lo == hi ? shown : "\(shown) (\(lo.dropLast())–\(hi))"
    }

    /// Page one's words after the probability, inside the item's bracket:
    /// `，换用更审慎的假设为22%` / `, 22% under more cautious assumptions`; empty without a
    /// cautious set.
    public static func words(_ t: ReportDocument.Target, language l: Language) -> String {
        guard let cautious = cautious(t) else { return "" }
        let shown = NumberFormat.probability(cautious)
        let words = shown == NumberFormat.probability(t.probability)
            ? (l == .zh ? "，换用更审慎的假设亦然" : ", the same under more cautious assumptions")
            : (l == .zh ? "，换用更审慎的假设为\(shown)" : ", \(shown) under more cautious assumptions")
        return words + unconditionalWords(t, language: l)
    }

    /// `，投资不按规划而按同类地区经验时为14%` when that differs, as shown, from the probability.
    public static func unconditionalWords(_ t: ReportDocument.Target, language l: Language) -> String {
        guard let p = t.probabilityUnconditionalInvestment, NumberFormat.probability(p) != NumberFormat.probability(t.probability) else { return "" }
        return l == .zh ? "，投资不按规划而按同类地区经验时为\(NumberFormat.probability(p))"
            : ", \(NumberFormat.probability(p)) if investment follows comparable places rather than the plan"
    }
}

extension PriorSetRange {
    /// The lines under the terminal's table: what the bracketed range is, and the open
    /// targets whose probability, as shown, differs with unconditional investment; none
    /// when not computed.
    public static func notes(_ d: ReportDocument, language l: Language) -> [String] {
        var lines: [String] = []
        if d.targets.contains(where: { !$0.probabilityByPriorSet.isEmpty }) {
            lines.append(l == .zh ? "达标概率括号内为换用各组先验假设（规定假设、审慎假设）所得的范围。"
                : "The bracket after a probability is its range across prior sets (the stated and the cautious assumptions).")
        }
        let open = d.targets.filter { !$0.hasEnded && !unconditionalWords($0, language: l).isEmpty }
        guard !open.isEmpty else { return lines }
        let fall = NumberFormat.rate(1 - exp(BaselineAssumptions.investmentReferenceClass.mean))
        let items = open.map { t in
            let name = d.indicator(t.indicator)?.name(l) ?? t.indicator
            let p = NumberFormat.probability(t.probabilityUnconditionalInvestment)
            return l == .zh ? "\(name)\(p)" : "\(name) \(p)"
        }
        lines.append(l == .zh
            ? "以上概率以规划的投资路径为前提；投资若按同类地区经验（年均下降\(fall)左右）而非规划，达标概率为：\(items.joined(separator: "，"))。"
            : "These probabilities assume the plan's investment path; with investment as in comparable places (falling about \(fall) a year) instead, they are: \(items.joined(separator: ", ")).")
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

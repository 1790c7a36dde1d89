import Foundation
import PlanData

extension ProposedTarget {
    /// The model's median in the target year, from ``medianGrowth`` (nil when not simulated).
    public var medianValue: Double? {
        medianGrowth.map { base * pow(1 + $0, Double(targetYear - baseYear)) }
    }

    /// The points a `%` indicator moved over the last period (``lastPoints``, or from its
    /// growth): a share is never said to grow by a rate (森林覆盖率 提高0.3个百分点, not 0.3%).
    public var lastPointsChange: Double? {
        if let lastPoints { return lastPoints }
        guard unitZH.hasPrefix("%"), let g = lastGrowth, let y = lastFirstYear, baseYear > y else { return nil }
        return base - base / pow(1 + g, Double(baseYear - y))
    }

    /// `提高0.3个百分点` / `降低0.2个百分点` (`+0.3 points` in English); a change that rounds
    /// to 0.0 is `基本持平` (`unchanged`), never `降低0.0个百分点`.
    public static func pointsText(_ pts: Double, zh: Bool) -> String {
        let t = DecimalRounding.fixed(abs(pts), decimals: 1)
        if t == "0.0" { return zh ? "基本持平" : "unchanged" }
        return zh ? (pts < 0 ? "降低" : "提高") + t + "个百分点" : (pts < 0 ? "−" : "+") + t + " points"
    }

    /// Whether the report says the row is slower than achieved: flagged so, and not a 约束性
    /// target held at the last actual (its value is the last actual, not a value read at its
    /// odds; the report says "held" and its odds instead).
    /// The odds the proposal was set at in words (约63% / about 63%), or 五成以上 when unknown.
    func oddsWords(zh: Bool) -> String {
        guard let odds else { return zh ? "五成以上" : "better than even" }
        let pct = Int((odds * 100).rounded())
        return zh ? "约\(pct)%" : "about \(pct)%"
    }

    public var showsSlower: Bool { flags.contains(.slowerThanLastPeriod) && !flags.contains(.heldAtLastActual) }

    /// Why the row is slower than the last period achieved, in words (nil unless
    /// ``showsSlower``): `模型预测增速低于上一时期实际增速（中位数年均4.9%，上期5.8%）`.
    public func slowerReason(zh: Bool) -> String? {
        guard showsSlower, let why = slowerBecause else { return nil }
        let pct = ProposalSuggestion.percent
        if form == .points, let last = lastPoints, let median = medianValue {
            let (m, l) = (DecimalRounding.fixed(median - base, decimals: 1), DecimalRounding.fixed(last, decimals: 1))
            switch why {
            case .modelBelowRecord:
                return zh
                    ? "模型预测提高\(m)个百分点（中位数），少于上一时期实际提高的\(l)个百分点"
                    : "the model's median gains \(m) points, fewer than the \(l) achieved"
            case .oddsBelowMedian where binding:
                return zh
                    ? "约束性指标按高把握取值，少于模型中位数提高的\(m)个百分点" : "binding: set at high odds, below the median's \(m) points"
            case .oddsBelowMedian:
                return zh
                    ? "模型中位数提高\(m)个百分点；为有\(oddsWords(zh: true))的把握，取值低于中位数，少于上期的\(l)个百分点"
                    : "the median gains \(m) points; to give \(oddsWords(zh: false)) odds the value is set below it, fewer than the \(l) achieved"
            case .rounding:
                return zh ? "取至0.1个百分点后略少于上期" : "rounding to 0.1 point took it just below the record"
            }
        }
        guard let last = lastGrowth, let median = medianGrowth else { return nil }
        switch why {
        case .modelBelowRecord:
            return zh
                ? "模型预测增速低于上一时期实际增速（中位数年均\(pct(median))，上期\(pct(last))）"
                : "the model's median growth is below the last period's (median \(pct(median)) a year, achieved \(pct(last)))"
        case .oddsBelowMedian where binding:
            return zh
                ? "约束性指标是承诺，按高把握取值，低于模型中位数（年均\(pct(median))）和上期（\(pct(last))）"
                : "a binding target is a commitment set at high odds, below the model's median (\(pct(median)) a year) and the \(pct(last)) achieved"
        case .oddsBelowMedian:
            return zh
                ? "模型中位数年均\(pct(median))，不低于上期\(pct(last))；为有\(oddsWords(zh: true))的把握，取值低于中位数，因而低于上期"
                : "the median (\(pct(median)) a year) is at or above the \(pct(last)) achieved; to give \(oddsWords(zh: false)) odds the value is set below the median, so below the record"
        case .rounding:
            return zh
                ? "增速取至0.5个百分点后略低于上期\(pct(last))"
                : "rounding to half a point took it just below the \(pct(last)) achieved"
        }
    }

    /// The reason as the table's note states it, short, after the flag 低于上期实际: `模型中位数6.6%`,
    /// `取值低于中位数5.2%`, `约束性按高把握取值`, `增速取整所致`.
    public func slowerReasonShort(zh: Bool) -> String? {
        guard showsSlower, let why = slowerBecause else { return nil }
        let pct = ProposalSuggestion.percent
        let inPoints = form == .points
        let median: String? =
            inPoints ? medianValue.map { Self.pointsText($0 - base, zh: true) } : medianGrowth.map(pct)
        let medianEN: String? =
            inPoints ? medianValue.map { Self.pointsText($0 - base, zh: false) } : medianGrowth.map(pct)
        switch why {
        case .modelBelowRecord:
            // The flag beside it already says 低于上期实际 and the 上期实际 column gives the figure.
            return zh ? "模型中位数\(median ?? "—")" : "model median \(medianEN ?? "—")"
        case .oddsBelowMedian:
            if binding {
                return zh
                    ? "约束性按高把握取值，低于中位数\(median ?? "—")"
                    : "binding: set at high odds, below the median \(medianEN ?? "—")"
            }
            return zh ? "取值略低于中位数\(median ?? "—")" : "set a little below the median \(medianEN ?? "—")"
        case .rounding:
            return zh ? "增速取整所致" : "rounding"
        }
    }
}

public import PlanData

/// A band of a forecast: P10, median, P90.
public struct ForecastBand: Sendable, Equatable {
    public let p10, median, p90: Double

    public init(p10: Double, median: Double, p90: Double) {
        self.p10 = p10
        self.median = median
        self.p90 = p90
    }

    public func contains(_ x: Double) -> Bool { x >= p10 && x <= p90 }
}

/// One target of a final evaluation (总结评估): the plan's target, what the actuals say
/// (``TargetEvaluation``, the shared rules), and the forecast made at the plan's base year.
public struct EvaluationRow: Sendable {
    public let indicator: Indicator
    public let target: PlanTarget
    /// Nil when the target's period has no actual yet.
    public let evaluation: TargetEvaluation?
    /// The forecast made from the plan's own data (no actuals), for the year of the latest
    /// actual (levels) or for the period's sum (sums); nil when it cannot be compared.
    public let forecast: ForecastBand?

    public init(indicator: Indicator, target: PlanTarget, evaluation: TargetEvaluation?, forecast: ForecastBand?) {
        self.indicator = indicator
        self.target = target
        self.evaluation = evaluation
        self.forecast = forecast
    }

    /// Whether the actual fell outside the forecast's P10–P90.
    public var outsideInterval: Bool? {
        guard let e = evaluation, let forecast else { return nil }
        return !forecast.contains(e.actual)
    }

    /// The years of the period without an actual (all of them when none has come in).
    public var missingYears: [Int] {
        evaluation?.missingYears ?? Array((target.baseYear + 1)...target.targetYear)
    }
}

/// Everything an evaluation report shows.
public struct EvaluationDocument: Sendable {
    public let plan: PlanInfo?
    public let rows: [EvaluationRow]
    /// Whether the actuals are marked illustrative (`ILLUSTRATIVE` in the file): then every
    /// output says so first.
    public let illustrative: Bool
    /// Where the plan and the actuals came from, and how the forecast was made.
    public let provenance: [String]
    public let notes: [DataNote]

    public init(plan: PlanInfo?, rows: [EvaluationRow], illustrative: Bool, provenance: [String], notes: [DataNote]) {
        self.plan = plan
        self.rows = rows
        self.illustrative = illustrative
        self.provenance = provenance
        self.notes = notes
    }

    /// Counts of each status, in the vocabulary's order.
    public var statusCounts: [(TargetEvaluation.Status, Int)] {
        TargetEvaluation.Status.allCases.compactMap { s in
            let n = rows.filter { $0.evaluation?.status == s }.count
            return n > 0 ? (s, n) : nil
        }
    }

    /// The banner every output of illustrative data starts with.
    public static func illustrativeBanner(_ l: Language) -> String {
        l == .zh ? "【示意数据 ILLUSTRATIVE】以下实际值为示意，并非真实统计数据。"
                 : "ILLUSTRATIVE: the actual figures below are made up for the example; they are not real statistics."
    }

    /// A short written summary.
    public func summary(_ l: Language) -> String {
        let zh = l == .zh
        let counts = statusCounts.map { zh ? "\($0.0.rawValue)\($0.1)项" : "\($0.1) \($0.0.english)" }
        let outside = rows.filter { $0.outsideInterval == true }.map(\.indicator)
        let none = rows.filter { $0.evaluation == nil }.count
        var s = zh ? "\(plan?.titleZH ?? "规划")总结评估：共\(rows.count)项目标，" + (counts.isEmpty ? "尚无可评估的实际值" : counts.joined(separator: "、")) + "。"
                   : "Final evaluation of \(plan?.titleEN ?? "the plan"): \(rows.count) targets; " + (counts.isEmpty ? "no actuals to judge yet" : counts.joined(separator: ", ")) + "."
        if none > 0 { s += zh ? "另有\(none)项缺少实际值。" : " \(none) have no actuals." }
        if !outside.isEmpty {
            s += zh ? "实际值落在基期预测P10–P90区间之外的有：" + outside.map(\.nameZH).joined(separator: "、") + "。"
                    : " Actuals outside the base-year forecast's P10–P90: " + outside.map(\.nameEN).joined(separator: ", ") + "."
        }
        return illustrative ? Self.illustrativeBanner(l) + (zh ? "" : " ") + s : s
    }
}

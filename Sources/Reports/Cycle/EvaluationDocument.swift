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

/// An indicator that has actuals but was not judged, and why (every indicator with actuals
/// is evaluated or listed with its reason).
public struct EvaluationSkip: Sendable, Equatable {
    public let indicator: Indicator
    public let reason: Phrase

    public init(indicator: Indicator, reason: Phrase) {
        self.indicator = indicator
        self.reason = reason
    }
}

/// Everything an evaluation report (总结评估 or 中期评估) shows.
public struct EvaluationDocument: Sendable {
    public let plan: PlanInfo?
    public let rows: [EvaluationRow]
    public let skipped: [EvaluationSkip]
    /// The last year judged (the plan's last target year for a final evaluation).
    public let asOf: Int
    /// Whether this is a mid-term evaluation (`--as-of` before the target years).
    public let midTerm: Bool
    public let convention: EvaluationConvention
    /// Whether the actuals are marked illustrative (`ILLUSTRATIVE` in the file): then every
    /// output says so first.
    public let illustrative: Bool
    /// The date the report carries, (year, month, day).
    public let date: (year: Int, month: Int, day: Int)
    /// Where the plan and the actuals came from, and how the forecast was made (file names
    /// without directories; shown only in the technical annex).
    public let provenance: [String]
    public let notes: [DataNote]
    /// The next plan's targets as `propose` drafts them from the same actuals (one sentence
    /// each, binding first), for 五、对下一规划的建议; empty for a mid-term evaluation or
    /// when no draft could be made.
    public var nextPlanTargets: [Phrase] = []
    /// The plan's targets beyond its period (a 2035 远景目标): listed apart in 一、 as
    /// tracked later, never judged, counted or tabled (no evaluation, no forecast).
    public var visions: [EvaluationRow] = []

    public init(
        plan: PlanInfo?, rows: [EvaluationRow], skipped: [EvaluationSkip] = [], asOf: Int, midTerm: Bool = false,
        convention: EvaluationConvention = .standard, illustrative: Bool, date: (year: Int, month: Int, day: Int),
        provenance: [String], notes: [DataNote]
    ) {
        self.plan = plan
        self.rows = rows
        self.skipped = skipped
        self.asOf = asOf
        self.midTerm = midTerm
        self.convention = convention
        self.illustrative = illustrative
        self.date = date
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

    /// The banner every output of illustrative data starts with (in Chinese without Latin: it
    /// sits on page one).
    public static func illustrativeBanner(_ l: Language) -> String {
        l == .zh
            ? "【示意数据，非真实统计】以下实际值为示意，并非真实统计数据。"
            : "ILLUSTRATIVE: the actual figures below are made up for the example; they are not real statistics."
    }

    /// The report's date: 2026年12月7日 / 7 December 2026.
    public func dateText(_ l: Language) -> String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return l == .zh
            ? "\(date.year)年\(date.month)月\(date.day)日"
            : "\(date.day) \(months[max(0, min(11, date.month - 1))]) \(date.year)"
    }

    /// A short written summary: the overall judgement's first sentence, banner first when
    /// the actuals are illustrative.
    public func summary(_ l: Language) -> String {
        let s = EvaluationWords(self, l).overall.joined(separator: l == .zh ? "" : " ")
        return illustrative ? Self.illustrativeBanner(l) + (l == .zh ? "" : " ") + s : s
    }
}

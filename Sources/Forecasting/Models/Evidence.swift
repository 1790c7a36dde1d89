public import PlanData

/// What a forecast number rests on (DESIGN.md §4): every indicator, year and target of a
/// run carries one, and reports show it beside the number.
///
/// - `data`: estimated from measured points (the growth estimate takes most of its
///   precision from the data, or the target is judged on actual figures);
/// - `prior`: driven by stated assumptions — a reference-class growth, a linked-core
///   prior, a scenario's assumption — because the data cannot pin it down;
/// - `plan`: the plan's own target path is assumed (the baseline's investment follows
///   the rate its 2021–2025 sum needs), so the probability of meeting that target is
///   ≈ 50 % by construction and is not a forecast.
public enum Evidence: String, Sendable, Codable, CaseIterable, Comparable {
    case data, prior, plan

    /// The weaker of two grades: a number resting on a prior and on data rests on the prior.
    public static func < (a: Evidence, b: Evidence) -> Bool { a.strength > b.strength }

    private var strength: Int {
        switch self {
        case .data: 2
        case .prior: 1
        case .plan: 0
        }
    }

    /// The grade in `language`: 数据 / 先验 / 规划.
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.data, .zh): "数据"
        case (.prior, .zh): "先验"
        case (.plan, .zh): "规划"
        case (_, .en): rawValue
        }
    }

    /// One sentence for a report's legend.
    public func explanation(_ language: Language) -> String {
        switch (self, language) {
        case (.data, .zh): "由实测数据估计"
        case (.prior, .zh): "由明示的假设（参考类先验、情景设定）决定，数据不足以确定"
        case (.plan, .zh): "假定按规划目标路径实现，达标概率约50%系构造所致，不是预测"
        case (.data, .en): "estimated from measured points"
        case (.prior, .en):
            "driven by stated assumptions (reference-class priors, scenario settings); the data cannot pin it down"
        case (.plan, .en):
            "the plan's own target path is assumed: a probability near 50 % is by construction, not a forecast"
        }
    }
}

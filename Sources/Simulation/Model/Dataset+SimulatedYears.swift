import Forecasting
public import PlanData

/// The years a run of a plan covers, from the plan itself: a plan of any period (Haibin's
/// 14th plan, 2021–2025; its successor, 2026–2030; another county's) simulates from the
/// year after its base year, and its horizon is bounded relative to its period's end.
extension Dataset {
    /// The first simulated year: the first year of the plan's period (the year after its
    /// base year), 2021 for Haibin's 14th plan. A dataset without a plan period starts the
    /// year after its targets' earliest base year, and 2021 when it has no targets.
    ///
    /// It is earlier when an indicator's latest figure is older than the base year (a
    /// 2026–2030 plan whose output was last measured in 2024): every projection starts from
    /// a measured level in the year before the first simulated year, never from no level.
    public var firstSimulatedYear: Int {
        let start = plan?.period.lowerBound ?? targets.map(\.baseYear).min().map { $0 + 1 } ?? 2021
        let latest = series.values.compactMap { $0.points.last?.year }.min()  // points are sorted by year
        return min(start, latest.map { $0 + 1 } ?? start)
    }

    /// The horizons a run may have: from the end of the plan's period to 35 years after it
    /// (2025–2060 for Haibin's 14th plan, 2030–2065 for a 2026–2030 plan).
    public var horizons: ClosedRange<Int> {
        let end = plan?.period.upperBound ?? targets.map(\.targetYear).min() ?? (firstSimulatedYear + 4)
        let start = max(end, firstSimulatedYear)
        return start...(start + 35)
    }

    /// The default horizon: the plan's vision year (``longRunYear``; 2035, the vision year
    /// of the 14th plans, when the plan states none), or the first horizon the plan allows
    /// when its period ends later.
    public var defaultHorizon: Int { min(max(longRunYear, horizons.lowerBound), horizons.upperBound) }
}

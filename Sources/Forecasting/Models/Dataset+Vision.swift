public import PlanData

/// The year a plan looks to beyond its period — its vision — read from the plan, so that
/// no year of Haibin's 14th plan (2035) is fixed in the code.
extension Dataset {
    /// The plan's vision year: its latest target year after the end of its period (a plan
    /// of 2021–2025 with a target for 2030 looks to 2030); nil when the plan states no
    /// target beyond its period (Haibin's 14th plan, Qingxi's).
    public var visionYear: Int? {
        let end = plan?.period.upperBound ?? targets.map(\.targetYear).min()
        guard let end, let last = targets.map(\.targetYear).max(), last > end else { return nil }
        return last
    }

    /// The year the baseline's long-run assumptions are reached by — damped growth and the
    /// linked core's TFP growth converge to their long-run rates by it — and the default
    /// horizon of a run: the plan's ``visionYear``, or
    /// ``BaselineAssumptions/convergenceYear`` (2035, the vision year of the 14th plans)
    /// when the plan states none.
    public var longRunYear: Int { visionYear ?? BaselineAssumptions.convergenceYear }
}

public import PlanData

/// The stated assumptions plansim uses where the data cannot pin a parameter down.
///
/// They are the baseline scenario's ("the plan as written"): for an indicator with only
/// its 2020 value, growth to 2025 is centred on the rate its own target needs, so the
/// baseline asks "how likely is the plan, given ordinary uncertainty?", not "what does
/// history say?" (there is no history to say it). Every figure here is shown by
/// `plansim fit` beside the estimate it shapes, with its weight, and documented in
/// docs/methods.md. A scenario file overrides any of them.
public enum BaselineAssumptions {
    /// The year by which damped growth has converged (to within 5 %) to its long-run rate.
    public static let convergenceYear = 2035

    /// Prior on the starting growth rate of an indicator.
    public static func growthPrior(for indicator: Indicator, in dataset: Dataset) -> Prior {
        let required = dataset.target(indicator.id).map { TargetArithmetic.assess($0, series: dataset.series(indicator.id)).requiredGrowth }
        return Prior(mean: required.map { log1p($0) } ?? 0.03, sd: 0.03)
    }

    /// Prior on the long-run (2035) growth rate, in log points per year.
    public static func longRunPrior(for indicator: Indicator) -> Prior {
        switch indicator.kind {
        case .stockCount: return Prior(mean: 0.02, sd: 0.01)
        case .annualFlow: return Prior(mean: 0.03, sd: 0.015)
        case .annualLevel, .periodSum: return Prior(mean: 0.035, sd: 0.015)
        }
    }

    /// Standard deviation of the yearly shock to log level, used when the data cannot
    /// estimate it (one point, or a reconstructed history whose residuals are zero by
    /// construction).
    public static func shockSD(for indicator: Indicator) -> Double {
        if indicator.id == "fixed_investment" { return 0.12 }
        switch indicator.kind {
        case .stockCount: return 0.03
        case .annualFlow: return 0.08
        case .annualLevel, .periodSum: return 0.05
        }
    }

    /// Linked core priors: output elasticity of capital, depreciation, TFP growth now and
    /// in the long run, elasticity of new employment to output growth.
    public static let capitalElasticity = Prior(mean: 0.35, sd: 0.08)
    public static let depreciation = Prior(mean: 0.08, sd: 0.01)
    public static let tfpGrowth = Prior(mean: 0.03, sd: 0.02)
    public static let tfpLongRun = Prior(mean: 0.015, sd: 0.01)
    public static let employmentElasticity = Prior(mean: 0.6, sd: 0.2)
    /// Spread of the plan's 2021–2025 investment growth around the rate its sum needs.
    public static let investmentGrowthSD = 0.05
    /// Long-run investment growth after the plan period.
    public static let investmentLongRun = Prior(mean: 0.04, sd: 0.02)
}

import Foundation

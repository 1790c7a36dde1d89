import Foundation
public import PlanData

/// The stated assumptions plansim uses where the data cannot pin a parameter down.
///
/// For an indicator with only its base value, growth uses an **outside view**: the
/// typical growth of indicators of its kind (a reference class, Kahneman & Lovallo 1993;
/// Flyvbjerg 2006), never the rate its own target needs — a forecast centred on the
/// target would give ≈ 50 % by construction. The only exception is the baseline's
/// investment, which follows the plan's programme by design (its evidence is `plan`).
/// Every figure here is shown by `plansim fit` beside the estimate it shapes, with its
/// weight, and documented in docs/methods.md. A scenario file overrides any of them.
public enum BaselineAssumptions {
    /// The year by which damped growth has converged (to within 5 %) to its long-run rate
    /// when the plan states no vision year (``PlanData/Dataset/longRunYear``): 2035, the
    /// vision year of the 14th plans.
    public static let convergenceYear = 2035

    /// Reference-class prior on the starting growth rate of an indicator, in log points.
    ///
    /// Nominal money levels (output, sales, capital used): 4 % ± 4 % a year, the range
    /// of nominal growth of Tianjin and of China's slower-growing districts in 2015–2024;
    /// counts of firms and entities: 2 % ± 3 %; yearly flows (new jobs): 0 % ± 5 %;
    /// physical capacities (grain): 0 % ± 2 %. Deliberately wide: they say what is
    /// ordinary, not what this district will do.
    public static func growthPrior(for indicator: Indicator, in dataset: Dataset) -> Prior {
        switch indicator.kind {
        case .stockCount: return Prior(mean: 0.02, sd: 0.03)
        case .annualFlow: return Prior(mean: 0, sd: 0.05)
        case .annualLevel, .periodSum:
            return indicator.unitZH.contains("元") ? Prior(mean: 0.04, sd: 0.04) : Prior(mean: 0, sd: 0.02)
        }
    }

    /// Prior on the long-run growth rate (reached by the plan's vision year, 2035 by
    /// default), in log points per year.
    public static func longRunPrior(for indicator: Indicator) -> Prior {
        switch indicator.kind {
        case .stockCount: return Prior(mean: 0.02, sd: 0.01)
        case .annualFlow: return Prior(mean: 0.03, sd: 0.015)
        case .annualLevel, .periodSum:
            // Physical capacities (grain) do not share money's nominal drift.
            return indicator.unitZH.contains("元") || indicator.kind == .periodSum
                ? Prior(mean: 0.035, sd: 0.015) : Prior(mean: 0.005, sd: 0.01)
        }
    }

    /// The plausible range of plan-period investment growth, in log points: −30 %…+60 %
    /// a year. Beyond it a path is not a plan but a different economy (+60 % a year
    /// multiplies investment tenfold in five years). The plan-path prior is clipped to it
    /// (after a year far off the plan, closing the gap exactly would take a collapse), and
    /// inversions search within it.

    /// Standard deviation of the yearly shock to log level, used when the data cannot
    /// estimate it (one point, or a reconstructed history whose residuals are zero by
    /// construction). `isInvestment` marks the plan's investment role (the linked core's
    /// driver, whatever the plan calls it): fixed-asset investment swings far more than
    /// output, so its prior scale is 0.12 rather than its kind's.
    public static func shockSD(for indicator: Indicator, isInvestment: Bool = false) -> Double {
        if isInvestment { return 0.12 }
        switch indicator.kind {
        case .stockCount: return 0.03
        case .annualFlow: return 0.08
        case .annualLevel, .periodSum: return 0.05
        }
    }

    /// Degrees of freedom of the prior on every shock SD (a scaled-inverse-χ² prior with
    /// scale ``shockSD(for:)``): the prior counts as four residuals, so two measured
    /// degrees of freedom move it by a third, ten by more than two thirds (Gelman et al.,
    /// *Bayesian Data Analysis*, 3rd ed., §3.3).
    public static let shockPriorDegreesOfFreedom = 4.0

    public static let investmentGrowthRange: ClosedRange<Double> = log(0.7)...log(1.6)

    /// Linked core priors: output elasticity of capital, depreciation, TFP growth now and
    /// in the long run, elasticity of new employment to output growth.
    ///
    /// The capital–output ratio κ sets the starting capital stock K₀ = κ·Y₀ (the
    /// perpetual-inventory starting point of Nehru & Dhareshwar 1993 and 张军、吴桂英、
    /// 张吉鹏 2004, instead of Harberger's 1978 steady state, which here would rest on a
    /// reconstructed investment year and a post-2025 growth rate). Chinese provincial
    /// K/Y ratios lie around 2–3.5; the prior 2.5 ± 0.75 covers 1.3–3.7 at 90 %.
    public static let capitalOutputRatio = Prior(mean: 2.5, sd: 0.75)
    public static let capitalElasticity = Prior(mean: 0.35, sd: 0.08)
    public static let depreciation = Prior(mean: 0.08, sd: 0.01)
    public static let tfpGrowth = Prior(mean: 0.03, sd: 0.02)
    public static let tfpLongRun = Prior(mean: 0.015, sd: 0.01)
    public static let employmentElasticity = Prior(mean: 0.6, sd: 0.2)
    /// Spread of the plan's 2021–2025 investment growth around the rate its sum needs.
    public static let investmentGrowthSD = 0.05
    /// Long-run investment growth after the plan period.
    public static let investmentLongRun = Prior(mean: 0.04, sd: 0.02)
    /// Plan-period investment growth **not** conditioned on the plan: the reference class'
    /// −5 % ± 10 % a year (issue 24's review: Tianjin's investment fell in 2022–23 under
    /// its debt-risk restrictions on new projects), against the plan's +28 % a year. The
    /// unconditional forecast beside the plan-conditional one (``PriorSet/unconditionalInvestment(keeping:)``).
    public static let investmentReferenceClass = Prior(mean: log(0.95), sd: 0.10)
}

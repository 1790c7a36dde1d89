import Foundation
public import LinearAlgebra
public import PlanData

/// The linked core's parameters, fitted: investment (scenario-driven) → capital by
/// perpetual inventory → output `Y = A·K^α` → new employment through an output elasticity.
public struct LinkedCoreFit: Sendable {
    /// α, δ, TFP growth now and long-run, employment elasticity, plan-period investment
    /// growth, long-run investment growth — in this order.
    public let parameters: [ParameterEstimate]
    /// Investment values up to the anchor.
    public let investmentHistory: [Double]
    public let investmentAnchorYear: Int
    public let outputAnchorYear: Int
    public let outputAnchor: Double
    public let employmentAnchorYear: Int
    public let employmentAnchor: Double
    /// Years of the plan's investment programme after the anchor.
    public let planEndYear: Int
    public let outputShockSD: Double
    public let employmentShockSD: Double
    public let investmentShockSD: Double
    public let reconstructed: Bool
    public let warnings: [String]

    public static let parameterNames = ["capital_elasticity", "depreciation", "tfp_growth_now", "tfp_growth_long_run",
                                        "employment_elasticity", "investment_growth_plan", "investment_growth_long_run"]
}

public enum LinkedCore {
    /// Fits the linked core on the dataset: TFP growth from the output and investment
    /// history combined with its prior (mixed estimation, weights shown); the other
    /// parameters from their stated priors; plan-period investment growth centred on the
    /// rate the investment target needs (the plan as written).
    /// `priors` overrides any parameter's prior by name (``LinkedCoreFit/parameterNames``);
    /// a prior on `tfp_growth_now` is still combined with the history.
    public static func fit(_ dataset: Dataset, priors: [String: Prior] = [:]) -> LinkedCoreFit {
        // The plan's roles; a plan without them gets an empty fit its model never runs.
        let roles = dataset.roles ?? LinkedRoles(investment: "", output: "", employment: "")
        func shockSD(_ id: String) -> Double { dataset.indicator(id).map(BaselineAssumptions.shockSD(for:)) ?? 0 }
        let investment = dataset.series(roles.investment).points.filter { $0.value > 0 }
        let output = dataset.series(roles.output).points.filter { $0.value > 0 }
        let jobs = dataset.series(roles.employment).points.filter { $0.value > 0 }
        let alpha = priors["capital_elasticity"] ?? BaselineAssumptions.capitalElasticity
        let delta = priors["depreciation"] ?? BaselineAssumptions.depreciation
        let longRunInvestment = priors["investment_growth_long_run"] ?? BaselineAssumptions.investmentLongRun
        var warnings: [String] = []

        // TFP growth observations: Δlog Y − α·Δlog K over years where both exist.
        var k = investment.first.map { $0.value / (longRunInvestment.mean + delta.mean) } ?? 0
        var logTFP: [Int: Double] = [:]
        for point in investment {
            k = (1 - delta.mean) * k + point.value
            if let y = output.first(where: { $0.year == point.year }) { logTFP[point.year] = log(y.value) - alpha.mean * log(k) }
        }
        let years = logTFP.keys.sorted()
        let tfpPrior = priors["tfp_growth_now"] ?? BaselineAssumptions.tfpGrowth
        var tfp = ParameterEstimate(name: "tfp_growth_now", estimate: tfpPrior.mean, standardError: tfpPrior.sd, prior: tfpPrior, priorWeight: 1)
        let reconstructed = (investment + output).contains { $0.origin == .reconstructed }
        if let first = years.first, let last = years.last, last > first {
            let dataGrowth = (logTFP[last]! - logTFP[first]!) / Double(last - first)
            // A reconstructed history is one printed sum per series: one growth fact.
            let effective = reconstructed ? 1.0 : Double(last - first)
            let dataSE = shockSD(roles.output) / effective.squareRoot()
            let dp = 1 / (dataSE * dataSE), pp = 1 / (tfpPrior.sd * tfpPrior.sd)
            tfp = ParameterEstimate(name: "tfp_growth_now", estimate: (dataGrowth * dp + tfpPrior.mean * pp) / (dp + pp),
                                    standardError: (1 / (dp + pp)).squareRoot(), prior: tfpPrior, priorWeight: pp / (dp + pp))
            if reconstructed {
                warnings.append("TFP growth uses the reconstructed 2016–2020 output and investment (history growth \(String(format: "%.1f%%", 100 * dataGrowth))), weighted as one observation")
            }
        } else {
            warnings.append("no overlapping output and investment history: TFP growth is its prior")
        }
        let investmentTarget = dataset.target(roles.investment)
        let planGrowth: Double
        if let target = investmentTarget {
            let assessment = TargetArithmetic.assess(target, series: dataset.series(roles.investment))
            planGrowth = log1p(assessment.progress?.requiredGrowthRemaining ?? assessment.requiredGrowth)
        } else {
            planGrowth = longRunInvestment.mean
        }
        let planPrior = priors["investment_growth_plan"] ?? Prior(mean: planGrowth, sd: BaselineAssumptions.investmentGrowthSD)
        func prior(_ name: String, _ p: Prior) -> ParameterEstimate {
            ParameterEstimate(name: name, estimate: p.mean, standardError: p.sd, prior: p, priorWeight: 1)
        }
        let lastInvestment = investment.last ?? SeriesPoint(year: 2020, value: 1, origin: .printed)
        let lastOutput = output.last ?? SeriesPoint(year: 2020, value: 1, origin: .printed)
        let lastJobs = jobs.last ?? SeriesPoint(year: 2020, value: 1, origin: .printed)
        return LinkedCoreFit(
            parameters: [prior("capital_elasticity", alpha), prior("depreciation", delta), tfp,
                         prior("tfp_growth_long_run", priors["tfp_growth_long_run"] ?? BaselineAssumptions.tfpLongRun),
                         prior("employment_elasticity", priors["employment_elasticity"] ?? BaselineAssumptions.employmentElasticity),
                         prior("investment_growth_plan", planPrior), prior("investment_growth_long_run", longRunInvestment)],
            investmentHistory: investment.map(\.value), investmentAnchorYear: lastInvestment.year,
            outputAnchorYear: lastOutput.year, outputAnchor: lastOutput.value,
            employmentAnchorYear: lastJobs.year, employmentAnchor: lastJobs.value,
            planEndYear: investmentTarget?.targetYear ?? 2025,
            outputShockSD: shockSD(roles.output),
            employmentShockSD: shockSD(roles.employment),
            investmentShockSD: shockSD(roles.investment),
            reconstructed: reconstructed, warnings: warnings)
    }
}

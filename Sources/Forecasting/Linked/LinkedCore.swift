import Foundation
import LinearAlgebra
public import PlanData

/// The linked core's parameters, fitted: investment (scenario-driven) → capital by
/// perpetual inventory → output `Y = A·K^α` → new employment through an output elasticity.
public struct LinkedCoreFit: Sendable {
    /// α, δ, TFP growth now and long-run, employment elasticity, plan-period investment
    /// growth, long-run investment growth, capital–output ratio — in this order.
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
    /// The years of output and investment history rebuilt from printed sums (2016–2020 for
    /// Haibin's 14th plan), nil when nothing is reconstructed.
    public let reconstructedYears: ClosedRange<Int>?
    public let warnings: [Phrase]
    /// What each linked series rests on: investment, output, employment.
    public let evidence: (investment: Evidence, output: Evidence, employment: Evidence)

    public static let parameterNames = [
        "capital_elasticity", "depreciation", "tfp_growth_now", "tfp_growth_long_run",
        "employment_elasticity", "investment_growth_plan", "investment_growth_long_run",
        "capital_output_ratio",
    ]

    /// Where a parameter sits in ``parameters``.
    public static func index(of name: String) -> Int { parameterNames.firstIndex(of: name)! }
}

public enum LinkedCore {
    /// Fits the linked core on the dataset.
    ///
    /// The starting capital stock is K₀ = κ·Y₀ with κ the capital–output ratio prior
    /// (``BaselineAssumptions/capitalOutputRatio``) and Y₀ the output of the year before
    /// the simulation: no reconstructed year and no assumption about later years enters
    /// it, so the core is causal (nothing about years after T changes years ≤ T).
    /// TFP growth combines its prior with the TFP growth of *measured* consecutive years
    /// of output and investment (mixed estimation, weights shown); a reconstructed
    /// history is not evidence about TFP (its shape is an artefact of the reconstruction)
    /// and is left out, saying so. The other parameters are their stated priors;
    /// plan-period investment growth is centred on the rate the investment target needs
    /// (the plan as written: evidence `plan`).
    /// `priors` overrides any parameter's prior by name (``LinkedCoreFit/parameterNames``);
    /// a prior on `tfp_growth_now` is still combined with measured data.
    public static func fit(_ dataset: Dataset, priors: [String: Prior] = [:]) -> LinkedCoreFit {
        // The plan's roles; a plan without them gets an empty fit its model never runs.
        let roles = dataset.roles ?? LinkedRoles(investment: "", output: "", employment: "")
        func shockSD(_ id: String) -> Double {
            dataset.indicator(id).map { BaselineAssumptions.shockSD(for: $0, isInvestment: id == roles.investment) }
                ?? 0
        }
        let investment = dataset.series(roles.investment).points.filter { $0.value > 0 }
        let output = dataset.series(roles.output).points.filter { $0.value > 0 }
        let jobs = dataset.series(roles.employment).points.filter { $0.value > 0 }
        let alpha = priors["capital_elasticity"] ?? BaselineAssumptions.capitalElasticity
        let delta = priors["depreciation"] ?? BaselineAssumptions.depreciation
        let ratio = priors["capital_output_ratio"] ?? BaselineAssumptions.capitalOutputRatio
        let longRunInvestment = priors["investment_growth_long_run"] ?? BaselineAssumptions.investmentLongRun
        var warnings: [Phrase] = []

        let tfpPrior = priors["tfp_growth_now"] ?? BaselineAssumptions.tfpGrowth
        var tfp = ParameterEstimate(
            name: "tfp_growth_now", estimate: tfpPrior.mean, standardError: tfpPrior.sd, prior: tfpPrior, priorWeight: 1
        )
        let measured = measuredTFPGrowth(
            investment: investment, output: output, alpha: alpha.mean, delta: delta.mean, ratio: ratio.mean)
        // The history a printed sum stands behind: the years of the reconstructed points and
        // of the sums they come from (2016–2020 for Haibin's 14th plan).
        let reconstructedYear = (investment + output).filter { $0.origin == .reconstructed }.map(\.year)
        let reconstructed = !reconstructedYear.isEmpty
        let historyYears =
            reconstructedYear
            + dataset.sums.filter { [roles.investment, roles.output].contains($0.indicator) }
            .flatMap { [$0.years.lowerBound, $0.years.upperBound] }
        let reconstructedYears = reconstructed ? historyYears.min()!...historyYears.max()! : nil
        if let measured {
            let dataSE = shockSD(roles.output) / Double(measured.years).squareRoot()
            let dp = 1 / (dataSE * dataSE), pp = 1 / (tfpPrior.sd * tfpPrior.sd)
            tfp = ParameterEstimate(
                name: "tfp_growth_now", estimate: (measured.growth * dp + tfpPrior.mean * pp) / (dp + pp),
                standardError: (1 / (dp + pp)).squareRoot(), prior: tfpPrior, priorWeight: pp / (dp + pp))
        } else if reconstructed {
            let span = reconstructedYears.map { "\($0.lowerBound)–\($0.upperBound)" } ?? ""
            warnings.append(
                Phrase(
                    zh: "全要素生产率增速取其先验：\(span)年的产值和投资由公布的合计重建，并非实测，不能说明全要素生产率",
                    en:
                        "TFP growth is its prior: the \(span) output and investment are reconstructed from printed sums, not measured, so they say nothing about TFP"
                ))
        } else {
            warnings.append(
                Phrase(
                    zh: "没有连续年份的产值和投资实测值：全要素生产率增速取其先验",
                    en: "no measured consecutive years of output and investment: TFP growth is its prior"))
        }
        let investmentTarget = dataset.target(roles.investment)
        let planGrowth: Double
        if let target = investmentTarget {
            let assessment = TargetArithmetic.assess(target, series: dataset.series(roles.investment))
            let range = BaselineAssumptions.investmentGrowthRange
            planGrowth = min(
                max(log1p(assessment.progress?.requiredGrowthRemaining ?? assessment.requiredGrowth), range.lowerBound),
                range.upperBound)
        } else {
            planGrowth = longRunInvestment.mean
        }
        let planPrior =
            priors["investment_growth_plan"] ?? Prior(mean: planGrowth, sd: BaselineAssumptions.investmentGrowthSD)
        func prior(_ name: String, _ p: Prior) -> ParameterEstimate {
            ParameterEstimate(name: name, estimate: p.mean, standardError: p.sd, prior: p, priorWeight: 1)
        }
        // The plan's base year (2020 for Haibin's 14th plan) stands in for a series with no value.
        let baseYear = (dataset.plan?.period.lowerBound ?? 2021) - 1
        let lastInvestment = investment.last ?? SeriesPoint(year: baseYear, value: 1, origin: .printed)
        let lastOutput = output.last ?? SeriesPoint(year: baseYear, value: 1, origin: .printed)
        let lastJobs = jobs.last ?? SeriesPoint(year: baseYear, value: 1, origin: .printed)
        let outputEvidence: Evidence = tfp.priorWeight < 0.5 ? .data : .prior
        return LinkedCoreFit(
            parameters: [
                prior("capital_elasticity", alpha), prior("depreciation", delta), tfp,
                prior("tfp_growth_long_run", priors["tfp_growth_long_run"] ?? BaselineAssumptions.tfpLongRun),
                prior(
                    "employment_elasticity", priors["employment_elasticity"] ?? BaselineAssumptions.employmentElasticity
                ),
                prior("investment_growth_plan", planPrior), prior("investment_growth_long_run", longRunInvestment),
                prior("capital_output_ratio", ratio),
            ],
            investmentHistory: investment.map(\.value), investmentAnchorYear: lastInvestment.year,
            outputAnchorYear: lastOutput.year, outputAnchor: lastOutput.value,
            employmentAnchorYear: lastJobs.year, employmentAnchor: lastJobs.value,
            planEndYear: investmentTarget?.targetYear ?? dataset.plan?.period.upperBound ?? 2025,
            outputShockSD: shockSD(roles.output),
            employmentShockSD: shockSD(roles.employment),
            investmentShockSD: shockSD(roles.investment),
            reconstructed: reconstructed, reconstructedYears: reconstructedYears, warnings: warnings,
            evidence: (
                investment: priors["investment_growth_plan"] == nil && investmentTarget != nil ? .plan : .prior,
                output: outputEvidence, employment: min(outputEvidence, .prior)
            ))
    }

    /// TFP growth, Δlog Y − α·Δlog K, over the longest run of consecutive years with
    /// measured (printed or user) output and investment; K starts at κ·Y in its first
    /// year and follows the perpetual inventory. Nil with fewer than two such years.
    static func measuredTFPGrowth(
        investment: [SeriesPoint], output: [SeriesPoint], alpha: Double, delta: Double,
        ratio: Double
    ) -> (growth: Double, years: Int)? {
        let measuredOutput = Dictionary(output.filter { $0.origin != .reconstructed }.map { ($0.year, $0.value) }) {
            a, _ in a
        }
        let measuredInvestment = Dictionary(
            investment.filter { $0.origin != .reconstructed }.map { ($0.year, $0.value) }
        ) { a, _ in a }
        var best: (growth: Double, years: Int)?
        for start in measuredOutput.keys.sorted() {
            let k0 = ratio * measuredOutput[start]!
            var k = k0, end = start
            while measuredOutput[end + 1] != nil, let i = measuredInvestment[end + 1] {
                k = (1 - delta) * k + i
                end += 1
            }
            guard end > start, end - start > (best?.years ?? 0) else { continue }
            let growth =
                (log(measuredOutput[end]! / measuredOutput[start]!) - alpha * log(k / k0)) / Double(end - start)
            best = (growth, end - start)
        }
        return best
    }
}

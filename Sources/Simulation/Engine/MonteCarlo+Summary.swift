import Foundation
import PlanData

extension MonteCarlo {
    static func summarize(
        _ model: SimulationModel, _ layout: Layout, _ h: Histograms,
        deterministic: [Double], options: RunOptions
    ) -> MonteCarloResult {
        let n = options.paths
        let indicators = model.indicators.enumerated().map { (i, id) in
            IndicatorOutcome(
                indicator: id, unit: model.units[i], evidence: model.evidence(of: i),
                years: model.years.map { year in
                    let s = layout.series(indicator: i, year: year)
                    func q(_ p: Double) -> Double { h.quantile(p, series: s, n: n) }
                    var summary = YearSummary(
                        year: year, p5: q(0.05), p10: q(0.10), p25: q(0.25), p50: q(0.5), p75: q(0.75), p90: q(0.90),
                        p95: q(0.95), deterministic: h.level(deterministic[s], series: s),
                        truncatedMean: h.truncatedMean(series: s, n: n))
                    summary.minimum = h.level(h.minimum[s], series: s)
                    summary.maximum = h.level(h.maximum[s], series: s)
                    return summary
                })
        }
        let targets = model.targets.enumerated().map { (t, target) -> TargetOutcome in
            let s =
                layout.targetSumSeries[t]
                ?? layout.series(indicator: layout.targetIndicator[t], year: target.targetYear)
            let probability = Double(h.targetMet[t]) / Double(n)
            let median = h.quantile(0.5, series: s, n: n)
            let miss = 1 - probability
            // Paths that miss the target: their median value is the (miss/2)-quantile (for a
            // ceiling, the (1 − miss/2)-quantile, and the shortfall is the excess).
            let shortfall: Double? =
                miss <= 0
                ? nil
                : target.direction == .ceiling
                    ? max(0, h.quantile(1 - miss / 2, series: s, n: n) - target.target)
                    : max(0, target.target - h.quantile(miss / 2, series: s, n: n))
            let years = target.targetYear - target.baseYear
            let required =
                target.kind == .periodSum
                ? TargetArithmetic.periodSumRate(base: target.base, total: target.target, years: years)
                : TargetArithmetic.compoundRate(from: target.base, to: target.target, years: years)
            let simulated =
                target.kind == .periodSum
                ? TargetArithmetic.periodSumRate(base: target.base, total: median, years: years)
                : TargetArithmetic.compoundRate(from: target.base, to: median, years: years)
            return TargetOutcome(
                target: target, probability: probability, medianShortfall: shortfall, requiredGrowth: required,
                simulatedGrowth: simulated, median: median, p10: h.quantile(0.1, series: s, n: n),
                p90: h.quantile(0.9, series: s, n: n), evidence: model.targetEvidence(t))
        }
        var result = MonteCarloResult(paths: n, seed: options.seed, indicators: indicators, targets: targets)
        if !options.probabilitiesOnly {
            result.distribution = SimulatedDistribution(
                histograms: h, layout: layout, indicators: model.indicators,
                targetYears: model.targets.map(\.targetYear), paths: n)
        }
        result.nonfiniteValues = Int(h.nonfinite)
        return result
    }
}

import Foundation
import Testing

@testable import Forecasting

/// The backtest's measures and distributions against closed forms and SciPy 1.17
/// (`scipy.stats.t`), values pasted with their tolerance.
@Suite struct ForecastMetricsTests {
    /// sMAPE by hand: 200·|100 − 110|/210 = 9.5238…; 0 when both are 0.
    @Test func smapeIsTheM3Definition() {
        #expect(abs(ForecastMetrics.smape(actual: 100, forecast: 110) - 2000.0 / 210) < 1e-12)
        #expect(ForecastMetrics.smape(actual: 0, forecast: 0) == 0)
    }

    /// The MASE scale is the mean absolute yearly change: (|2| + |−1| + |3|)/3 = 2.
    @Test func maseScaleIsTheInSampleNaiveError() {
        #expect(ForecastMetrics.maseScale([1, 3, 2, 5]) == 2)
        #expect(ForecastMetrics.maseScale([4, 4, 4]) == nil)
    }

    /// The quantile-grid CRPS of a normal agrees with the closed form within 0.5 %
    /// relative (the 200-level midpoint rule leaves out the outer ¼ % of each tail).
    @Test(arguments: [0.0, 0.5, -1.3, 2.7, 6.0])
    func crpsOfANormalMatchesTheClosedForm(y: Double) {
        let normal = PredictiveDistribution(location: 1, scale: 2, degreesOfFreedom: .infinity, logScale: false)
        let grid = ForecastMetrics.crps(normal, actual: y)
        let exact = ForecastMetrics.crpsNormal(mean: 1, sd: 2, actual: y)
        #expect(abs(grid - exact) <= 5e-3 * exact, "y=\(y): grid \(grid), closed form \(exact)")
    }

    /// The closed form itself at z = 0: σ(2φ(0) − 1/√π) = σ·0.23369497725510913.
    @Test func closedFormCRPSAtTheCentre() {
        #expect(abs(ForecastMetrics.crpsNormal(mean: 0, sd: 1, actual: 0) - 0.23369497725510913) < 1e-14)
    }

    /// On the log scale the interval is exp(μ ± t·s), the median exp(μ), and the PIT of
    /// an interval's end is its tail probability (1e-10: quantile then CDF).
    @Test func logScaleDistributionIntervalsAndPIT() {
        let d = PredictiveDistribution(location: log(100), scale: 0.1, degreesOfFreedom: 5, logScale: true)
        #expect(abs(d.median - 100) < 1e-12)
        #expect(abs(d.quantile(0.9) - 100 * exp(0.1 * 1.4758840488244815)) < 1e-8)
        #expect(abs(d.cdf(d.quantile(0.1)) - 0.1) < 1e-10)
        #expect(d.cdf(-5) == 0)
        #expect(ForecastMetrics.pitBin(1.0) == 9 && ForecastMetrics.pitBin(0) == 0 && ForecastMetrics.pitBin(0.35) == 3)
        #expect(
            ForecastMetrics.pitBin(.nan) == 0 && ForecastMetrics.pitBin(.infinity) == 9
                && ForecastMetrics.pitBin(-1e300) == 0, "never traps")
    }

    /// Coverage counts an outcome on an interval's end as covered, PIT bins by the
    /// predictive CDF, and means divide by the forecasts scored; by hand for four outcomes
    /// of N(0, 1): 0 and ±1.2816 (the 80 % ends, covered) and 1.5 (outside 80 %, inside
    /// 95 %).
    @Test func scoreCountsCoverageAndPIT() {
        let normal = PredictiveDistribution(location: 0, scale: 1, degreesOfFreedom: .infinity, logScale: false)
        let i80 = (lo: normal.quantile(0.1), hi: normal.quantile(0.9)),
            i95 = (lo: normal.quantile(0.025), hi: normal.quantile(0.975))
        var score = Backtest.Score(method: .naive, levels: 2)
        for y in [0, i80.lo, i80.hi, 1.5] {
            score.add(
                y: y, step: normal, scale: 1, intervals: [i80, i95],
                crps: ForecastMetrics.crpsNormal(mean: 0, sd: 1, actual: y))
        }
        score.finish()
        #expect(score.forecasts == 4)
        #expect(score.coverage == [0.75, 1.0])
        #expect(score.pit[5] == 0.25 && score.pit[9] >= 0.25 && abs(score.pit.reduce(0, +) - 1) < 1e-15, "\(score.pit)")
        #expect(abs(score.mase - (0 + 2 * 1.2815515655446004 + 1.5) / 4) < 1e-9)
    }
}

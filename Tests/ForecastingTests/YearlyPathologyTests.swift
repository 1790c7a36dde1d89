import Foundation
import Statistics
import Testing

@testable import Forecasting

/// `forecast` on the series that broke it (issue 24, finding 6): counts running down to
/// zero, constant series, and the mean that a log-t does not have.
@Suite struct YearlyPathologyTests {
    static let years = Array(2011...2020)

    /// A count ending 5, 4, …, 1, 0 gave a median of −3.7 at h = 10 and a wholly negative
    /// 80 % interval from h = 3. On log(1 + value) nothing can fall below 0 (exactly:
    /// the back-transform is floored at 0), and the median stays below the last
    /// positive value (the trend is down).
    @Test func countRunningDownToZeroStaysNonNegative() throws {
        let f = try YearlyForecaster.forecast(years: Self.years, values: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0], horizon: 10)
        #expect(f.logScale && f.offset == 1)
        for (h, step) in f.steps.enumerated() {
            #expect(step.median >= 0 && step.median <= 1, "h = \(h + 1): median \(step.median)")
            let i = f.interval(level: 80)[h]
            #expect(i.lo >= 0 && i.hi >= i.lo, "h = \(h + 1): 80 % interval \(i)")
        }
        #expect(f.steps[0].cdf(-0.5) == 0)
    }

    /// A constant series had zero-width intervals to h = 10. With the 1 % floor its
    /// h-step scale is at least 0.01·√h on the log scale; at h = 10 the 80 % interval is
    /// at least 5·e^{±t₀.₉·0.01·√10} wide, about ±4 % (checked to 1e-12 relative against
    /// that formula with the step's own degrees of freedom).
    @Test func constantSeriesGetsAFlooredInterval() throws {
        let f = try YearlyForecaster.forecast(years: Self.years, values: Array(repeating: 5, count: 10), horizon: 10)
        let step = f.steps[9], i = f.interval(level: 80)[9]
        #expect(abs(step.median - 5) <= 1e-12 * 5)  // exp(log 5) rounds
        let t = Statistics.studentTQuantile(0.9, degreesOfFreedom: step.degreesOfFreedom)
        #expect(abs(i.hi - 5 * exp(t * 0.01 * 10.0.squareRoot())) <= 1e-12 * 5)
        #expect(i.hi - i.lo > 0.3)
    }

    /// The log-t has no finite mean: none is reported on a log scale; on the level scale
    /// the t's mean is its location.
    @Test func noMeanWhereNoneExists() throws {
        let logSeries = try YearlyForecaster.forecast(
            years: Self.years, values: [3, 4, 4, 5, 6, 6, 7, 8, 8, 9], horizon: 3)
        #expect(logSeries.mean.allSatisfy { $0 == nil })
        let levelSeries = try YearlyForecaster.forecast(
            years: Self.years, values: [3, -4, 4, 5, 6, 6, 7, 8, 8, 9], horizon: 3)
        for step in levelSeries.steps { #expect(step.mean == step.location) }
    }
}

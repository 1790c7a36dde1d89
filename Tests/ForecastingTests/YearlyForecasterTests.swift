import Foundation
import Statistics
import Testing

@testable import Forecasting

/// The forecaster's calibration, scale choice, gap handling and determinism.
@Suite struct YearlyForecasterTests {
    static let years = Array(2001...2012)
    static let values = [100.0, 104, 103, 110, 115, 113, 121, 126, 124, 133, 139, 137]

    /// Naive's h-step errors from origins 4…n−1 are y[t+h−1] − y[t−1]: by hand.
    @Test func rollingOriginErrorsOfNaive() {
        let y = [1.0, 2, 4, 7, 11, 16, 22]
        let errors = IntervalCalibration.rollingOriginErrors(y, horizon: 2, method: .naive)
        #expect(errors[0] == [4, 5, 6])
        #expect(errors[1] == [9, 11])
    }

    /// A long series uses only its latest 36 origins.
    @Test func longSeriesUseTheLatestOrigins() {
        let y = (0..<60).map { Double($0 * $0) }
        let errors = IntervalCalibration.rollingOriginErrors(y, horizon: 1, method: .naive)
        #expect(errors[0].count == 36)
        #expect(errors[0].last == y[59] - y[58] && errors[0].first == y[24] - y[23])
    }

    /// The scale is the errors' root mean square with their count as degrees of freedom;
    /// past the last horizon with 3 errors it grows by √(h/k); it never shrinks.
    @Test func scalesFromErrors() {
        let s = IntervalCalibration.scales([[3, 4, 0, 0], [1, 1, 1], [2, 2]])
        #expect(abs(s[0].scale - 2.5) < 1e-15 && s[0].degreesOfFreedom == 4)
        #expect(s[1].scale == 2.5)
        #expect(abs(s[2].scale - 2.5 * (1.5).squareRoot()) < 1e-14 && s[2].degreesOfFreedom == 3)
    }

    /// The 80 % interval of step 1 is exp(μ ± t₀.₉(df)·s) around the combined forecast.
    @Test func intervalsUseTheCalibratedT() throws {
        let f = try YearlyForecaster.forecast(years: Self.years, values: Self.values, horizon: 3)
        #expect(f.logScale && f.observations == 12 && f.years == [2013, 2014, 2015])
        let step = f.steps[0]
        let t = Statistics.studentTQuantile(0.9, degreesOfFreedom: step.degreesOfFreedom)
        let interval = f.interval(level: 80)[0]
        #expect(abs(interval.lo - exp(step.location - t * step.scale)) < 1e-9)
        #expect(abs(interval.hi - exp(step.location + t * step.scale)) < 1e-9)
        #expect(interval.lo < f.median[0] && f.median[0] < interval.hi)
        #expect(f.mean[0] == nil)  // a log-t has no finite mean
        #expect(abs(f.weights.map(\.weight).reduce(0, +) - 1) < 1e-12)
    }

    @Test func deterministic() throws {
        let a = try YearlyForecaster.forecast(years: Self.years, values: Self.values, horizon: 5)
        let b = try YearlyForecaster.forecast(years: Self.years, values: Self.values, horizon: 5)
        #expect(a.steps == b.steps)
    }

    /// The batch gives the same forecasts on one thread and on three, in input order,
    /// and reports a short series as a failure in its place.
    @Test func batchIsIndependentOfThreads() throws {
        let batch: [YearlyForecaster.Series] =
            (0..<5).map { k in (Self.years, Self.values.map { $0 * Double(k + 1) }) }
            + [(Array(2001...2003), [1, 2, 3])]
        let one = YearlyForecaster.forecast(batch, horizon: 3, threads: 1)
        let three = YearlyForecaster.forecast(batch, horizon: 3, threads: 3)
        for (a, b) in zip(one.prefix(5), three.prefix(5)) { #expect(try a.get().steps == b.get().steps) }
        #expect(abs(try one[2].get().median[0] / one[0].get().median[0] - 3) < 1e-9)
        #expect(throws: YearlyForecastError.tooShort(observations: 3, minimum: 7)) { try three[5].get() }
    }

    @Test func nonPositiveValuesUseTheLevelScale() throws {
        var v = Self.values
        v[3] = -2
        let f = try YearlyForecaster.forecast(years: Self.years, values: v, horizon: 2)
        #expect(!f.logScale)
        let i = f.interval(level: 95)[0]
        #expect(abs((i.hi - f.median[0]) - (f.median[0] - i.lo)) < 1e-9 * abs(i.hi))
    }

    @Test func gapsAreFilledAndReported() throws {
        var years = Self.years, values = Self.values
        years.remove(at: 5)
        values.remove(at: 5)
        years.remove(at: 5)
        values.remove(at: 5)
        let f = try YearlyForecaster.forecast(years: years, values: values, horizon: 2)
        #expect(f.filledYears == [2006, 2007])
        #expect(f.observations == 10)
        let filled = YearlyForecaster.fillGaps(years: [2000, 2003], values: [1, 4])
        #expect(filled.values == [1, 2, 3, 4] && filled.filled == [2001, 2002])
    }

    @Test func refusesShortSeriesAndRepeatedYears() {
        #expect(throws: YearlyForecastError.tooShort(observations: 6, minimum: 7)) {
            try YearlyForecaster.forecast(years: Array(2001...2006), values: [1, 2, 3, 4, 5, 6], horizon: 2)
        }
        #expect(throws: YearlyForecastError.yearsNotIncreasing(year: 2003)) {
            try YearlyForecaster.forecast(
                years: [2001, 2002, 2003, 2003, 2004, 2005, 2006], values: [1, 2, 3, 4, 5, 6, 7], horizon: 2)
        }
    }

    /// On a long noisy series the backtest scores five methods with coverage and PIT
    /// fractions that add up.
    @Test func backtestScoresEveryMethod() throws {
        let years = Array(1981...2012)
        let values = years.indices.map { 100 * exp(0.03 * Double($0) + 0.05 * sin(Double($0) * 1.7)) }
        let scores = try Backtest.run([(years, values)], horizon: 3, origins: 4, levels: [80, 95])
        #expect(scores.map(\.method) == [.combined, .dampedETS, .theta, .rwDrift, .naive])
        for s in scores {
            #expect(s.forecasts == 12)
            #expect(abs(s.pit.reduce(0, +) - 1) < 1e-12)
            #expect(s.coverage[0] <= s.coverage[1])
            #expect(s.smape > 0 && s.mase > 0 && s.crps > 0)
        }
    }
}

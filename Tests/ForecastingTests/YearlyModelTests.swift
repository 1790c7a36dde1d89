import Foundation
import Testing

@testable import Forecasting

/// Each yearly model against an independent computation: closed forms by hand, and
/// SciPy 1.17 (`minimize_scalar(bounded, xatol=1e-12)` for SES, SLSQP with
/// `ftol=1e-14` for damped trend) run once on the series below, values pasted here.
@Suite struct YearlyModelTests {
    static let y = [10.0, 10.6, 10.2, 11.1, 11.5, 11.0, 12.2, 12.4, 12.1, 13.3, 13.2, 13.0, 14.1, 14.6, 14.2, 15.0]

    static func close(_ a: Double, _ b: Double, relative: Double) -> Bool {
        abs(a - b) <= relative * max(abs(b), 1e-300)
    }

    @Test func naiveCarriesTheLastValue() {
        #expect(YearlyMethod.naive.pointForecast(Self.y, horizon: 3) == [15, 15, 15])
    }

    /// y_n + h·(y_n − y_1)/(n − 1) = 15 + h/3: exact up to rounding (1e-14).
    @Test func randomWalkWithDriftIsTheClosedForm() {
        let f = YearlyMethod.rwDrift.pointForecast(Self.y, horizon: 6)
        for (h, v) in f.enumerated() {
            #expect(Self.close(v, 15 + Double(h + 1) / 3, relative: 1e-14), "h=\(h + 1): \(v)")
        }
    }

    /// SES with α = 1 ends at the last value, whatever the path (exact).
    @Test func sesWithAlphaOneEndsAtTheLastValue() {
        #expect(YearlyModels.ses(Self.y, alpha: 1).level == 15)
    }

    /// The SES weight matches SciPy's bounded minimizer to 1e-6 (golden section to
    /// about 1e-9 in α, the sum of squares is flat near its minimum); the Theta
    /// forecasts follow to 1e-7 relative.
    @Test func thetaMatchesIndependentComputation() {
        #expect(abs(YearlyModels.sesAlpha(Self.y) - 0.8214333091351762) < 1e-6)
        let scipy = [
            15.064420167500433, 15.227434873382787, 15.39044957926514, 15.553464285147493,
            15.716478991029845, 15.8794936969122,
        ]
        for (h, (v, r)) in zip(YearlyMethod.theta.pointForecast(Self.y, horizon: 6), scipy).enumerated() {
            #expect(Self.close(v, r, relative: 1e-7), "h=\(h + 1): plansim \(v), scipy \(r)")
        }
    }

    /// The damped-trend recursions with fixed parameters reproduce the reference sum of
    /// squares exactly up to rounding (1e-12 relative).
    @Test func dampedRecursionMatchesWithFixedParameters() {
        let sse = DampedTrend.filter(Self.y, [0.6, 0.2, 0.9, 4.7, 0.01]).sse
        #expect(Self.close(sse, 36.54323867195544, relative: 1e-12), "\(sse)")
    }

    /// The fitted model reaches SciPy's optimum (α and β at their lower bound, φ = 0.98):
    /// Nelder–Mead stops inside the open region, so the sum of squares may exceed
    /// SciPy's by up to 0.5 % and the forecasts differ by up to 0.5 %.
    @Test func dampedFitMatchesIndependentOptimum() {
        let fit = DampedTrend.fit(Self.y)
        #expect(fit.phi > 0.97 && fit.alpha < 0.01, "α \(fit.alpha), φ \(fit.phi)")
        let scipy = [
            15.008586804647218, 15.278975784220359, 15.543956984202039, 15.803638560184083,
            16.058126504646488, 16.307524690219644,
        ]
        for (h, (v, r)) in zip(fit.forecast(horizon: 6), scipy).enumerated() {
            #expect(Self.close(v, r, relative: 5e-3), "h=\(h + 1): plansim \(v), scipy \(r)")
        }
    }

    /// The combination is the mean of the middle two forecasts at each step, and the
    /// weights (shares over the horizon) sum to 1.
    @Test func combinationIsTheMedianOfTheFour() {
        let parts = YearlyMethod.components.map { $0.pointForecast(Self.y, horizon: 4) }
        let (forecast, weights) = YearlyMethod.combination(Self.y, horizon: 4)
        for h in 0..<4 {
            let sorted = parts.map { $0[h] }.sorted()
            #expect(Self.close(forecast[h], (sorted[1] + sorted[2]) / 2, relative: 1e-15))
        }
        #expect(abs(weights.reduce(0, +) - 1) < 1e-12)
    }

    /// On a short series (≤ 15 values) naive is left out: the combination is the middle of
    /// the other three at each step and naive's weight is 0. With naive, a growing short
    /// series was projected too low: on M1 and Tourism only 25 % and 22 % of the outcomes
    /// of series with up to 15 values fell below the median (issue 24, finding 5).
    @Test func shortSeriesLeaveNaiveOut() {
        let y = Array(Self.y.prefix(YearlyMethod.shortSeries))
        let parts = YearlyMethod.components.map { $0.pointForecast(y, horizon: 4) }
        let (forecast, weights) = YearlyMethod.combination(y, horizon: 4)
        for h in 0..<4 {
            let three = zip(YearlyMethod.components, parts).filter { $0.0 != .naive }.map { $0.1[h] }.sorted()
            // The same numbers, one of them picked: equal to the last bit but for the division by 1.
            #expect(Self.close(forecast[h], three[1], relative: 1e-15))
            #expect(forecast[h] > parts[0][h], "h=\(h + 1): above naive on a growing series")
        }
        #expect(weights[0] == 0)
        #expect(abs(weights.reduce(0, +) - 1) < 1e-12)
    }

    /// The damped-trend fit reaches the optimum of its objective: the SSE scipy 1.17's
    /// Nelder–Mead finds on the same objective (same logistic parameter maps, same start
    /// up to the line's intercept, xatol 1e-12, fatol 1e-16, restarted to a fixed point)
    /// for three log series. Within 1e-3 relative: each optimum lies at the region's edge
    /// (α → 10⁻⁴, β → 0; scipy ends at u₀ ≈ −32, u₁ ≈ −10⁴), which the logistic maps
    /// reach only asymptotically, so the last digits depend on how far along that flat
    /// direction a simplex walks (the third series: 2.3e-4 short of scipy's). A fixed budget
    /// of 200 + 120 evaluations stopped short (issue 24: medians off by up to 27 %).
    @Test func dampedTrendReachesScipysOptimum() {
        let cases: [([Double], Double)] = [
            ([120, 131, 140, 152, 149, 160, 175, 181, 190, 205, 214, 220, 236, 241, 250], 0.005334583789698206),
            ([5.2, 5.9, 7.1, 7.0, 8.4, 9.9, 9.7, 11.8, 12.9, 12.1, 14.8, 16.3, 15.9, 18.2], 0.03530084947771852),
            (
                [300, 310, 305, 330, 345, 340, 360, 390, 385, 400, 430, 425, 450, 470, 468, 490, 520],
                0.00815923188212526
            ),
        ]
        for (values, scipy) in cases {
            let sse = DampedTrend.optimum(values.map { log($0) }).sse
            #expect(sse <= scipy * (1 + 1e-3), "SSE \(sse) against scipy's \(scipy)")
        }
    }

    /// Nelder–Mead finds the Rosenbrock minimum (1, 1) to 1e-3 from (−1.2, 1).
    @Test func nelderMeadMinimizesRosenbrock() {
        let best = NelderMead.minimize(
            { p in 100 * pow(p[1] - p[0] * p[0], 2) + pow(1 - p[0], 2) },
            start: [-1.2, 1], steps: [0.1, 0.1], maxEvaluations: 2000, tolerance: 1e-14)
        #expect(abs(best.point[0] - 1) < 1e-3 && abs(best.point[1] - 1) < 1e-3, "\(best.point)")
    }
}

import Foundation

/// Why a yearly series cannot be forecast.
public enum YearlyForecastError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Fewer measured values than ``YearlyForecaster/minimumObservations``.
    case tooShort(observations: Int, minimum: Int)
    /// The years are not strictly increasing (a duplicate or out of order).
    case yearsNotIncreasing(year: Int)

    public var description: String {
        switch self {
        case .tooShort(let n, let minimum): return "\(n) values, but at least \(minimum) are needed"
        case .yearsNotIncreasing(let year): return "year \(year) is repeated or out of order"
        }
    }
}

/// Forecasts any yearly series with plansim's combined method or one of the benchmark
/// methods, with intervals calibrated on the series' own rolling-origin errors.
///
/// The steps (docs/methods.md, "Yearly series"): work on logs when every value is
/// positive (growth is multiplicative), else on the values; fill missing inner years by
/// linear interpolation on that scale; forecast with the method; make the same forecast
/// from every earlier origin to collect h-step errors; take the predictive distribution
/// at horizon h as a t centred on the forecast with the errors' root mean square as
/// scale. Deterministic: no random numbers are drawn.
public enum YearlyForecaster {
    /// The fewest measured values a series needs: 4 to fit from the first origin and
    /// 3 one-step errors to calibrate the intervals.
    public static let minimumObservations = IntervalCalibration.firstOrigin + IntervalCalibration.minimumErrors

    /// Forecasts `horizon` years after the last of `years`.
    ///
    /// - Parameters:
    ///   - years: strictly increasing; inner gaps are filled (see ``YearlyForecast/filledYears``).
    ///   - values: finite, one per year; any value ≤ 0 makes the models work on the values
    ///     instead of their logs.
    ///   - horizon: 1 or more.
    ///   - method: ``YearlyMethod/combined`` unless a benchmark is wanted.
    /// - Throws: ``YearlyForecastError`` for a series too short or years not increasing.
    /// - Complexity: O(n²·horizon) model fits' worth of work for n values, a few
    ///   milliseconds for a 40-year series.
    public static func forecast(
        years: [Int], values: [Double], horizon: Int,
        method: YearlyMethod = .combined
    ) throws(YearlyForecastError) -> YearlyForecast {
        precondition(years.count == values.count, "\(years.count) years for \(values.count) values")
        precondition(horizon >= 1, "horizon \(horizon)")
        guard values.count >= minimumObservations else {
            throw .tooShort(observations: values.count, minimum: minimumObservations)
        }
        for k in 1..<years.count where years[k] <= years[k - 1] { throw .yearsNotIncreasing(year: years[k]) }
        // Counts and flows with zeros work on log(1 + value): a trend towards zero then
        // flattens at 0 instead of crossing it (a series ending 5, 4, …, 0 went to −3.7).
        let offset = values.allSatisfy { $0 > 0 } ? 0.0 : 1.0
        let logScale = values.allSatisfy { $0 >= 0 }
        let working = logScale ? values.map { log($0 + offset) } : values
        let (series, filled) = fillGaps(years: years, values: working)
        let point: [Double]
        var weights: [YearlyForecast.ModelWeight]
        if method == .combined {
            let combination = YearlyMethod.combination(series, horizon: horizon)
            point = combination.forecast
            weights = zip(YearlyMethod.components, combination.weights).map { .init(model: $0, weight: $1) }
        } else {
            point = method.pointForecast(series, horizon: horizon)
            weights = [.init(model: method, weight: 1)]
        }
        let errors = IntervalCalibration.rollingOriginErrors(series, horizon: horizon, method: method)
        let floor = IntervalCalibration.scaleFloor(series, logScale: logScale)
        let steps = zip(point, IntervalCalibration.scales(errors, floor: floor)).map {
            PredictiveDistribution(
                location: $0, scale: $1.scale, degreesOfFreedom: $1.degreesOfFreedom, logScale: logScale, offset: offset
            )
        }
        let last = years[years.count - 1]
        return YearlyForecast(
            method: method, observations: values.count, logScale: logScale, filledYears: filled,
            years: (1...horizon).map { last + $0 }, steps: steps, weights: weights)
    }

    /// The series on every year from the first to the last, inner gaps filled by linear
    /// interpolation between their neighbours; also the years filled.
    static func fillGaps(years: [Int], values: [Double]) -> (values: [Double], filled: [Int]) {
        var out = [values[0]], filled: [Int] = []
        for k in 1..<years.count {
            let gap = years[k] - years[k - 1]
            for j in 1..<gap {
                out.append(values[k - 1] + (values[k] - values[k - 1]) * Double(j) / Double(gap))
                filled.append(years[k - 1] + j)
            }
            out.append(values[k])
        }
        return (out, filled)
    }
}

import Foundation

/// Interval widths from a series' own rolling-origin errors (split-conformal style:
/// Vovk et al. 2005; for multi-step forecasts Stankevičiūtė et al. 2021), with a
/// Student-t quantile whose degrees of freedom are the number of errors behind it.
enum IntervalCalibration {
    /// The first forecast origin: forecasts are made from the first 4, 5, … values.
    static let firstOrigin = 4
    /// Fewest errors at a horizon for their root mean square to be used directly.
    static let minimumErrors = 3

    /// Most origins used: the latest ones, so a long series costs time linear in its
    /// length rather than quadratic (a 40-year series uses all of its origins).
    static let maximumOrigins = 36

    /// The errors (actual − forecast, on the working scale) of `method` forecasting from
    /// every origin t = max(``firstOrigin``, n − ``maximumOrigins``) … n − 1 up to
    /// `horizon` steps ahead, using only values before the origin; `errors[h − 1]` holds
    /// the h-step errors.
    static func rollingOriginErrors(_ y: [Double], horizon: Int, method: YearlyMethod) -> [[Double]] {
        var errors = [[Double]](repeating: [], count: horizon)
        guard y.count > firstOrigin else { return errors }
        for origin in max(firstOrigin, y.count - maximumOrigins)..<y.count {
            let steps = min(horizon, y.count - origin)
            let forecast = method.pointForecast(Array(y[..<origin]), horizon: steps)
            for h in 0..<steps { errors[h].append(y[origin + h] - forecast[h]) }
        }
        return errors
    }

    /// The smallest one-step scale on the working scale: 0.01 on a log scale (a 1 %
    /// yearly error, about the size of a statistical office's revisions of a yearly
    /// figure), 1 % of the mean absolute value on the level scale (1e-9 when that is 0).
    /// A constant series has no rolling-origin errors at all; without a floor its
    /// intervals had zero width to any horizon.
    static func scaleFloor(_ y: [Double], logScale: Bool) -> Double {
        if logScale { return 0.01 }
        return max(0.01 * y.reduce(0) { $0 + abs($1) } / Double(max(y.count, 1)), 1e-9)
    }

    /// The scale and degrees of freedom of the predictive t at each horizon.
    ///
    /// At a horizon with at least ``minimumErrors`` errors the scale is their root mean
    /// square (so a bias widens the interval rather than being ignored) and the degrees
    /// of freedom their number. Beyond the last such horizon k the scale grows like a
    /// random walk's, `s_k·√(h/k)`, with k's degrees of freedom. Scales never decrease
    /// with the horizon, nor fall below `floor·√h`.
    static func scales(_ errors: [[Double]], floor: Double = 0) -> [(scale: Double, degreesOfFreedom: Double)] {
        var out: [(scale: Double, degreesOfFreedom: Double)] = []
        var last: (h: Int, scale: Double, df: Double)?
        for (k, e) in errors.enumerated() {
            let h = k + 1
            if e.count >= minimumErrors {
                let rms = (e.reduce(0) { $0 + $1 * $1 } / Double(e.count)).squareRoot()
                out.append((max(rms, out.last?.scale ?? 0, floor * Double(h).squareRoot()), Double(e.count)))
                last = (h, out[k].scale, Double(e.count))
            } else if let last {
                out.append((max(last.scale * (Double(h) / Double(last.h)).squareRoot(), out[k - 1].scale), last.df))
            } else {
                out.append((0, 1))
            }
        }
        return out
    }
}

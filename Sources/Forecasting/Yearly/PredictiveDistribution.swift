import Foundation
import Statistics

/// The forecast distribution of one future year: a location-scale Student t on the
/// working scale, which is the log of the values when every value is positive (then the
/// values are log-t distributed) and the values themselves otherwise.
public struct PredictiveDistribution: Sendable, Equatable {
    /// Centre on the working scale: the combined point forecast.
    public let location: Double
    /// Scale on the working scale: the root mean square of the series' own rolling-origin
    /// errors at this horizon.
    public let scale: Double
    /// Degrees of freedom of the t (the number of errors the scale rests on).
    public let degreesOfFreedom: Double
    /// True when the working scale is the log of the values.
    public let logScale: Bool

    public init(location: Double, scale: Double, degreesOfFreedom: Double, logScale: Bool) {
        self.location = location
        self.scale = scale
        self.degreesOfFreedom = degreesOfFreedom
        self.logScale = logScale
    }

    private func value(_ working: Double) -> Double { logScale ? exp(working) : working }

    /// The `p`-quantile of the value (0 < p < 1).
    public func quantile(_ p: Double) -> Double {
        value(location + scale * Statistics.studentTQuantile(p, degreesOfFreedom: degreesOfFreedom))
    }

    /// The value at `z` standard units of the t from the centre (the quantile at the
    /// t's CDF of `z`), for callers that reuse one table of t quantiles.
    public func value(atStandardized z: Double) -> Double { value(location + scale * z) }

    /// `P(value ≤ x)`: the probability integral transform of an outcome `x`.
    public func cdf(_ x: Double) -> Double {
        if logScale && x <= 0 { return 0 }
        let z = ((logScale ? log(x) : x) - location) / scale
        return scale > 0 ? Statistics.studentTCDF(z, degreesOfFreedom: degreesOfFreedom) : (z < 0 ? 0 : 1)
    }

    /// The median of the value.
    public var median: Double { value(location) }

    /// The point forecast reported as the mean. On the level scale it is the t's mean
    /// (its location). On the log scale the log-t has no finite mean, and the
    /// log-normal's `exp(μ + s²/2)` is dominated by the scale (on the yearly M1 series it
    /// exceeds the median by half or more at six years for one series in ten), so the
    /// mean reported is the point forecast `exp(μ)`, the median, as for level series.
    public var mean: Double { value(location) }
}

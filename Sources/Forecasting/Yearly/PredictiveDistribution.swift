import Foundation

/// The forecast distribution of one future year: a location-scale Student t on the
/// working scale, which is the log of the values when every value is positive (then the
/// values are log-t distributed), `log(1 + value)` when the values are counts or flows
/// with zeros (no value below 0), and the values themselves otherwise.
public struct PredictiveDistribution: Sendable, Equatable {
    /// Centre on the working scale: the combined point forecast.
    public let location: Double
    /// Scale on the working scale: the root mean square of the series' own rolling-origin
    /// errors at this horizon.
    public let scale: Double
    /// Degrees of freedom of the t (the number of errors the scale rests on).
    public let degreesOfFreedom: Double
    /// True when the working scale is the log of the values (plus ``offset``).
    public let logScale: Bool
    /// What is added to a value before its log: 0, or 1 for `log1p` (a series with zeros).
    /// With an offset the value is floored at 0: `max(0, e^w − 1)`, so a count never goes
    /// negative and the probability below 0 is a mass at 0.
    public let offset: Double

    public init(location: Double, scale: Double, degreesOfFreedom: Double, logScale: Bool, offset: Double = 0) {
        self.location = location
        self.scale = scale
        self.degreesOfFreedom = degreesOfFreedom
        self.logScale = logScale
        self.offset = logScale ? offset : 0
    }

    private func value(_ working: Double) -> Double {
        guard logScale else { return working }
        return offset == 0 ? exp(working) : max(0, exp(working) - offset)
    }

    /// The `p`-quantile of the value (0 < p < 1).
    public func quantile(_ p: Double) -> Double {
        value(location + scale * StudentT.quantile(p, degreesOfFreedom: degreesOfFreedom))
    }

    /// The value at `z` standard units of the t from the centre (the quantile at the
    /// t's CDF of `z`), for callers that reuse one table of t quantiles.
    public func value(atStandardized z: Double) -> Double { value(location + scale * z) }

    /// `P(value ≤ x)`: the probability integral transform of an outcome `x`.
    public func cdf(_ x: Double) -> Double {
        if logScale && (offset == 0 ? x <= 0 : x < 0) { return 0 }
        let z = ((logScale ? log(x + offset) : x) - location) / scale
        return scale > 0 ? StudentT.cdf(z, degreesOfFreedom: degreesOfFreedom) : (z < 0 ? 0 : 1)
    }

    /// The median of the value.
    public var median: Double { value(location) }

    /// The mean where it exists: on the level scale the t's mean, its location (finite
    /// when the degrees of freedom exceed 1); nil on a log scale, where the log-t has no
    /// finite mean (E e^{sT} = ∞ for any t), and nil for ν ≤ 1. The point forecast is
    /// ``median``.
    public var mean: Double? { !logScale && degreesOfFreedom > 1 ? location : nil }
}

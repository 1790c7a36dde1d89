import Foundation
public import PlanData

/// The scale an indicator is modelled on: every growth family, the simulation's state and
/// its recorded values work on `forward(level)`, and every reported level is `inverse` of
/// a modelled value.
///
/// - `log`: `z = log x`, for every indicator that can grow without bound (money, people,
///   counts, and rates of change);
/// - `logOdds(upper:)`: `z = log(x / (U − x))`, for a share or rate of a whole (a bounded
///   share, ``of(_:values:periodSumTarget:)``): the growth families then describe the
///   odds `x / (U − x)`, and `x = U / (1 + e^(−z))` stays inside (0, U) on every path
///   (the logit transform of a proportion: Aitchison 1986, ch. 6; Wallis 1987; Hyndman &
///   Athanasopoulos, FPP3 §13.3). Both maps are increasing, so a quantile of `z` is the
///   same quantile of `x`, and a floor `T` is met exactly when `z ≥ forward(T)`.
public enum LevelScale: Sendable, Equatable {
    case log
    case logOdds(upper: Double)

    /// The bound of a percentage share.
    public static let percentUpper = 100.0

    /// The modelled value of level `x`: `log x`, or `log(x / (U − x))` (−∞ at and below 0,
    /// +∞ at and above `U`: a target at or above the bound is never reached).
    @inline(__always) public func forward(_ x: Double) -> Double {
        switch self {
        case .log: return Foundation.log(x)
        case .logOdds(let u):
            if x <= 0 { return -.infinity }
            if x >= u { return .infinity }
            return Foundation.log(x / (u - x))
        }
    }

    /// The level of modelled value `z`: `e^z`, or `U / (1 + e^(−z))`.
    @inline(__always) public func inverse(_ z: Double) -> Double {
        switch self {
        case .log: return exp(z)
        case .logOdds(let u): return u / (1 + exp(-z))
        }
    }

    /// A primitive of ``inverse(_:)`` in `z` (`∫ inverse(z) dz`): `e^z`, or `U·log(1 + e^z)`;
    /// the mean of a level over a stretch of `z` is the difference of two of them.
    public func inversePrimitive(_ z: Double) -> Double {
        switch self {
        case .log: return exp(z)
        case .logOdds(let u): return u * (z > 30 ? z + log1p(exp(-z)) : log1p(exp(z)))
        }
    }

    /// Modelled value `z` after the level moves by `delta` (an absolute step or shock),
    /// kept inside the scale's range: `log(max(e^z + δ, 1e-300))`, or the share moved by
    /// `δ` and kept a millionth of the bound inside (0, U).
    public func shifted(_ z: Double, by delta: Double) -> Double {
        switch self {
        case .log: return Foundation.log(max(exp(z) + delta, 1e-300))
        case .logOdds(let u): return forward(min(max(inverse(z) + delta, u * 1e-6), u * (1 - 1e-6)))
        }
    }

    /// Whether it is ``logOdds(upper:)``.
    public var isBounded: Bool { self != .log }

    /// The words that make a percentage a rate of change rather than a share of a whole.
    static let changeWords = ["增长", "增速", "涨幅", "降低", "下降", "减少", "提高"]

    /// The scale of `indicator` with recorded `values`. A percentage is a bounded share
    /// (``logOdds(upper:)`` with U = 100) when its unit is `%` or `％`, it is a yearly level,
    /// its name carries none of ``changeWords`` (增长/增速/涨幅/降低/下降/减少/提高), every
    /// value is inside (0, 100) and no target sums it over years (a sum of shares is not a
    /// share: such an indicator stays on the log scale). Everything else is ``log``.
    public static func of(_ indicator: Indicator, values: [Double], periodSumTarget: Bool = false) -> LevelScale {
        let percent = indicator.unitZH == "%" || indicator.unitZH == "％"
        guard percent, indicator.kind == .annualLevel, !periodSumTarget, !values.isEmpty,
            !changeWords.contains(where: { indicator.nameZH.contains($0) }),
            values.allSatisfy({ $0 > 0 && $0 < percentUpper })
        else { return .log }
        return .logOdds(upper: percentUpper)
    }

    /// The scale of `indicator` in `dataset`: from its recorded series and its targets.
    public static func of(_ indicator: Indicator, in dataset: Dataset) -> LevelScale {
        of(
            indicator, values: dataset.series(indicator.id).points.map(\.value),
            periodSumTarget: dataset.targets.contains { $0.indicator == indicator.id && $0.kind == .periodSum })
    }
}

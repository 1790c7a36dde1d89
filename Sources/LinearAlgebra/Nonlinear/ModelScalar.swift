import Foundation

/// The arithmetic a curve model is written in, so one generic definition gives both
/// values (`Double`) and exact derivatives (``Dual``, forward-mode differentiation).
public protocol ModelScalar: Sendable {
    init(_ constant: Double)
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self
    static func exp(_ a: Self) -> Self
    static func log(_ a: Self) -> Self
    static func sin(_ a: Self) -> Self
    static func cos(_ a: Self) -> Self
    static func atan(_ a: Self) -> Self
    static func sqrt(_ a: Self) -> Self
    /// `a` raised to a constant power.
    static func pow(_ a: Self, _ p: Double) -> Self
    /// The plain value.
    var value: Double { get }
}

extension ModelScalar {
    public static func + (a: Self, b: Double) -> Self { a + Self(b) }
    public static func + (a: Double, b: Self) -> Self { Self(a) + b }
    public static func - (a: Self, b: Double) -> Self { a - Self(b) }
    public static func - (a: Double, b: Self) -> Self { Self(a) - b }
    public static func * (a: Self, b: Double) -> Self { a * Self(b) }
    public static func * (a: Double, b: Self) -> Self { Self(a) * b }
    public static func / (a: Self, b: Double) -> Self { a / Self(b) }
    public static func / (a: Double, b: Self) -> Self { Self(a) / b }
}

extension Double: ModelScalar {
    public static func exp(_ a: Double) -> Double { Foundation.exp(a) }
    public static func log(_ a: Double) -> Double { Foundation.log(a) }
    public static func sin(_ a: Double) -> Double { Foundation.sin(a) }
    public static func cos(_ a: Double) -> Double { Foundation.cos(a) }
    public static func atan(_ a: Double) -> Double { Foundation.atan(a) }
    public static func sqrt(_ a: Double) -> Double { a.squareRoot() }
    public static func pow(_ a: Double, _ p: Double) -> Double { Foundation.pow(a, p) }
    public var value: Double { self }
}

/// A value with its partial derivatives with respect to up to 16 parameters, carried in
/// a SIMD vector so that differentiating a model allocates nothing.
public struct Dual: ModelScalar {
    public var value: Double
    public var partials: SIMD16<Double>

    public init(_ constant: Double) {
        value = constant
        partials = .zero
    }
    public init(value: Double, partials: SIMD16<Double>) {
        self.value = value
        self.partials = partials
    }

    /// The independent variable number `index`, at `value`.
    public static func variable(_ value: Double, index: Int) -> Dual {
        var p = SIMD16<Double>.zero
        p[index] = 1
        return Dual(value: value, partials: p)
    }

    public static func + (a: Dual, b: Dual) -> Dual {
        Dual(value: a.value + b.value, partials: a.partials + b.partials)
    }
    public static func - (a: Dual, b: Dual) -> Dual {
        Dual(value: a.value - b.value, partials: a.partials - b.partials)
    }
    public static func * (a: Dual, b: Dual) -> Dual {
        Dual(value: a.value * b.value, partials: a.partials * b.value + b.partials * a.value)
    }
    public static func / (a: Dual, b: Dual) -> Dual {
        let q = a.value / b.value
        return Dual(value: q, partials: (a.partials - b.partials * q) / b.value)
    }
    public static prefix func - (a: Dual) -> Dual { Dual(value: -a.value, partials: -a.partials) }
    public static func exp(_ a: Dual) -> Dual {
        let e = Foundation.exp(a.value)
        return Dual(value: e, partials: a.partials * e)
    }
    public static func log(_ a: Dual) -> Dual { Dual(value: Foundation.log(a.value), partials: a.partials / a.value) }
    public static func sin(_ a: Dual) -> Dual {
        Dual(value: Foundation.sin(a.value), partials: a.partials * Foundation.cos(a.value))
    }
    public static func cos(_ a: Dual) -> Dual {
        Dual(value: Foundation.cos(a.value), partials: a.partials * -Foundation.sin(a.value))
    }
    public static func atan(_ a: Dual) -> Dual {
        Dual(value: Foundation.atan(a.value), partials: a.partials / (1 + a.value * a.value))
    }
    public static func sqrt(_ a: Dual) -> Dual {
        let s = a.value.squareRoot()
        return Dual(value: s, partials: a.partials / (2 * s))
    }
    public static func pow(_ a: Dual, _ p: Double) -> Dual {
        Dual(value: Foundation.pow(a.value, p), partials: a.partials * (p * Foundation.pow(a.value, p - 1)))
    }
}

/// A curve `y = f(x; b)` with parameters `b`, written generically so that plansim can
/// evaluate it and differentiate it exactly.
public protocol CurveModel: Sendable {
    /// The number of parameters (at most 16 for exact derivatives).
    var parameterCount: Int { get }
    /// `f(x; b)`, where `x` holds the predictors of one observation.
    func value<T: ModelScalar>(at x: [Double], parameters b: [T]) -> T
}

extension ModelScalar {
    /// `a^p` for a power that is itself a parameter: `exp(p·log a)`, `a > 0`.
    public static func power(_ a: Self, _ p: Self) -> Self { exp(log(a) * p) }
}

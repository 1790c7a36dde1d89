/// An unevaluated sum `hi + lo` of two doubles with `|lo| ≤ ulp(hi)/2`: about 106
/// significant bits (unit roundoff ≈ 1.1e-32), built from error-free transformations
/// (Dekker 1971; Knuth's TwoSum; TwoProduct by fused multiply-add).
///
/// plansim uses it where double precision is not enough to reach certified digits:
/// residuals and gradients of iterative refinement, and the data those are computed
/// from. It is not a general-purpose type: only the operations refinement needs exist.
public struct DoubleDouble: Sendable, Equatable, CustomStringConvertible {
    /// The leading part, the double nearest the value.
    public var hi: Double
    /// The trailing part.
    public var lo: Double

    /// The value `hi + lo`, which must already be normalized.
    @inlinable public init(hi: Double, lo: Double) {
        self.hi = hi
        self.lo = lo
    }

    /// The double `value`, exactly.
    @inlinable public init(_ value: Double) {
        self.hi = value
        self.lo = 0
    }

    public static let zero = DoubleDouble(0)

    /// The value rounded to double.
    @inlinable public var double: Double { hi + lo }

    public var description: String { "\(hi) + \(lo)" }

    /// `a + b` exactly, as `(sum, error)`, for any `a`, `b` (Knuth's TwoSum).
    @inlinable
    static func twoSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let s = a + b
        let bb = s - a
        return (s, (a - (s - bb)) + (b - bb))
    }

    /// `a + b` exactly when `|a| ≥ |b|` (Dekker's FastTwoSum).
    @inlinable
    static func quickTwoSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let s = a + b
        return (s, b - (s - a))
    }

    /// `a · b` exactly, as `(product, error)`, by one fused multiply-add.
    @inlinable
    static func twoProduct(_ a: Double, _ b: Double) -> (Double, Double) {
        let p = a * b
        return (p, (-p).addingProduct(a, b))
    }

    @inlinable
    public static func + (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        var (s, e) = twoSum(a.hi, b.hi)
        let (t, f) = twoSum(a.lo, b.lo)
        e += t
        (s, e) = quickTwoSum(s, e)
        e += f
        let (h, l) = quickTwoSum(s, e)
        return DoubleDouble(hi: h, lo: l)
    }

    @inlinable
    public static prefix func - (a: DoubleDouble) -> DoubleDouble { DoubleDouble(hi: -a.hi, lo: -a.lo) }

    @inlinable
    public static func - (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble { a + (-b) }

    @inlinable
    public static func * (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        var (p, e) = twoProduct(a.hi, b.hi)
        e += a.hi * b.lo + a.lo * b.hi
        let (h, l) = quickTwoSum(p, e)
        p = h
        return DoubleDouble(hi: p, lo: l)
    }

    @inlinable
    public static func * (a: DoubleDouble, b: Double) -> DoubleDouble {
        var (p, e) = twoProduct(a.hi, b)
        e += a.lo * b
        let (h, l) = quickTwoSum(p, e)
        p = h
        return DoubleDouble(hi: p, lo: l)
    }

    @inlinable
    public static func / (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let q1 = a.hi / b.hi
        var r = a - b * q1
        let q2 = r.hi / b.hi
        r = r - b * q2
        let q3 = r.hi / b.hi
        let (h, l) = quickTwoSum(q1, q2)
        return DoubleDouble(hi: h, lo: l) + DoubleDouble(q3)
    }

    @inlinable public static func += (a: inout DoubleDouble, b: DoubleDouble) { a = a + b }

    /// `a` plus the exact product `x · y` of two doubles.
    @inlinable
    public static func fusedAdd(_ a: DoubleDouble, _ x: Double, _ y: Double) -> DoubleDouble {
        let (p, e) = twoProduct(x, y)
        return a + DoubleDouble(hi: p, lo: e)
    }

    /// The square root, to double-double accuracy (one Newton step from `sqrt(hi)`).
    public var squareRoot: DoubleDouble {
        if hi <= 0 { return .zero }
        let x = hi.squareRoot()
        let (p, e) = DoubleDouble.twoProduct(x, x)
        let residual = (self - DoubleDouble(hi: p, lo: e)).hi
        let (h, l) = DoubleDouble.quickTwoSum(x, residual / (2 * x))
        return DoubleDouble(hi: h, lo: l)
    }
}

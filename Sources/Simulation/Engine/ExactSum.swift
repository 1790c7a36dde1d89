/// A 128-bit fixed-point accumulator: adding is integer addition, which is associative,
/// so partial sums merged from any number of workers in any order give the same bits.
///
/// Each value is scaled by a power of two chosen per series (so a block's sum uses up to
/// 61 bits) and truncated toward zero; the truncation (below 2⁻⁶⁰ of a block's largest
/// possible sum) is far below a double's resolution of the total.
struct ExactSum: Sendable, Equatable {
    var high: Int64 = 0
    var low: UInt64 = 0

    /// Adds `x · scale`, truncated toward zero (x ≥ 0, finite). Never traps: a product
    /// that is not above zero (or NaN) adds nothing, one beyond 2¹²⁶ adds 2¹²⁶.
    mutating func add(_ x: Double, scale: Double) {
        let product = x * scale
        guard product > 0 else { return }
        let scaled = min(product, 0x1p126)
        if scaled < 0x1p62 {
            add(high: 0, low: UInt64(scaled))
        } else {
            let upper = (scaled * 0x1p-64).rounded(.down)
            add(high: Int64(upper), low: UInt64(scaled - upper * 0x1p64))
        }
    }

    mutating func add(_ other: ExactSum) { add(high: other.high, low: other.low) }

    private mutating func add(high h: Int64, low l: UInt64) {
        let (sum, carry) = low.addingReportingOverflow(l)
        low = sum
        high = high &+ h &+ (carry ? 1 : 0)
    }

    /// The sum, rounded to double, divided by `scale`.
    func value(scale: Double) -> Double {
        (Double(high) * 0x1p64 + Double(low)) / scale
    }
}

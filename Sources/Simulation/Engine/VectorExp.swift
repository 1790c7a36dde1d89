/// The engine's `exp`, one value at a time: the reference for the C kernels
/// (``VectorKernels``), which compute the same operations over buffers and give the same
/// bits value by value (tested).
///
/// Method: `x = k·ln2 + r` with `|r| ≤ ln2/2` (ln 2 split in two for an exact product),
/// `e^r` by its Taylor polynomial to degree 13 (truncation error below 2e-17 relative),
/// scaled by `2^k` built from the exponent bits. Finite inputs are clamped to [−708, 709],
/// the normal range; `exp(NaN)` is NaN, `exp(+∞)` is +∞ and `exp(−∞)` is 0. Accuracy: within 2 ulp of the correctly rounded value (checked in
/// tests against `Foundation.exp`). No fused multiply-add, so the result is the same on
/// every CPU.
enum VectorExp {
    static let ln2High = 0.693147180369123816490
    static let ln2Low = 1.90821492927058770002e-10
    static let log2e = 1.44269504088896338700

    @inline(__always)
    static func exp(_ x: Double) -> Double {
        if !x.isFinite { return x.isNaN || x > 0 ? x : 0 }
        let clamped = min(max(x, -708), 709)
        // Round to the nearest integer by adding 1.5·2⁵²: the sum's low bits hold k.
        let shifted = clamped * log2e + 6_755_399_441_055_744.0
        let k = shifted - 6_755_399_441_055_744.0
        let r = (clamped - k * ln2High) - k * ln2Low
        var p = 1.0 / 6_227_020_800
        p = p * r + 1.0 / 479_001_600
        p = p * r + 1.0 / 39_916_800
        p = p * r + 1.0 / 3_628_800
        p = p * r + 1.0 / 362_880
        p = p * r + 1.0 / 40_320
        p = p * r + 1.0 / 5_040
        p = p * r + 1.0 / 720
        p = p * r + 1.0 / 120
        p = p * r + 1.0 / 24
        p = p * r + 1.0 / 6
        p = p * r + 0.5
        p = p * r + 1
        p = p * r + 1
        let exponent = (shifted.bitPattern &- 6_755_399_441_055_744.0.bitPattern &+ 1023) << 52
        return p * Double(bitPattern: exponent)
    }
}

import Foundation

/// The one rounding rule for a figure printed for a person (四舍五入), used by every module
/// that prints one: the briefings (Reports' `NumberFormat`), the proposal's typed wording
/// (Artifacts) and the proposal's planning figures (PlansimKit). Machine formats (JSON, CSV,
/// `%.6g` in messages) keep their own formats.
///
/// An exact half rounds away from zero, as Excel rounds a cell's display: 34 ÷ 32 = 1.0625
/// prints `106.3` at one decimal in PDF, Word and the workbook alike, where C's `printf`
/// would round the tie to even (`106.2`). Only a value whose scaled figure is exactly a half
/// (the multiplication exact, checked by FMA) is a tie; every other value prints as `printf`
/// prints it, from its exact binary value.
public enum DecimalRounding {
    /// `x` moved off an exact tie at `places` decimals (away from zero); any other `x` as it is,
    /// for `printf` to round from its exact binary value.
    private static func breakingTie(_ x: Double, places: Int) -> Double {
        let scale = pow(10, Double(places))
        let scaled = x * scale
        let isTie = (scaled - scaled.rounded(.towardZero)).magnitude == 0.5 && fma(x, scale, -scaled) == 0
        return isTie ? scaled.rounded(.toNearestOrAwayFromZero) / scale : x
    }

    /// `x` with exactly `decimals` decimals (0…10), the tie rule above; never `-0` or `-0.0`;
    /// `—` for a non-finite value. The minus is ASCII: callers that print 公文 text swap it.
    public static func fixed(_ x: Double, decimals: Int) -> String {
        guard x.isFinite else { return "—" }
        let places = max(0, min(decimals, 10))
        let text = String(format: "%.\(places)f", breakingTie(x, places: places))
        return text.hasPrefix("-") && text.allSatisfy({ "-0.".contains($0) }) ? String(text.dropFirst()) : text
    }

    /// `x` with at most `decimals` decimals and no trailing zeros: 14.6, 2.8, 5.06, 1.
    public static func trimmed(_ x: Double, decimals: Int) -> String {
        var text = fixed(x, decimals: decimals)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

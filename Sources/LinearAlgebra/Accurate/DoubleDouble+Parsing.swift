extension DoubleDouble {
    /// Parses a decimal number (`-12.5`, `0.334801051324544E-02`, `+7`) to about 31
    /// significant digits, so data written with more digits than a double holds keep
    /// them. Returns `nil` for anything else, including `nan`, `inf`, hexadecimal
    /// forms, empty text and values beyond the double range.
    ///
    /// Digits past the 34th are ignored (they lie below double-double resolution).
    public init?(parsing text: some StringProtocol) {
        var bytes = Substring(text).utf8[...]
        guard !bytes.isEmpty else { return nil }
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var mantissa = DoubleDouble.zero
        var digitCount = 0, significant = 0, exponent = 0
        var seenPoint = false
        while let c = bytes.first {
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                digitCount += 1
                if significant < 34 {
                    if significant > 0 || c != UInt8(ascii: "0") { significant += 1 }
                    mantissa = mantissa * 10 + DoubleDouble(Double(c - UInt8(ascii: "0")))
                    if seenPoint { exponent -= 1 }
                } else if !seenPoint {
                    exponent += 1
                }
            } else if c == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                break
            }
            bytes = bytes.dropFirst()
        }
        guard digitCount > 0 else { return nil }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            var expNegative = false
            if let s = bytes.first, s == UInt8(ascii: "-") || s == UInt8(ascii: "+") {
                expNegative = s == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            var value = 0, expDigits = 0
            while let c = bytes.first, c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                value = min(value * 10 + Int(c - UInt8(ascii: "0")), 100_000)
                expDigits += 1
                bytes = bytes.dropFirst()
            }
            guard expDigits > 0 else { return nil }
            exponent += expNegative ? -value : value
        }
        guard bytes.isEmpty else { return nil }
        var result = mantissa
        if exponent != 0 && mantissa.hi != 0 {
            guard abs(exponent) <= 400 else {
                if exponent > 0 { return nil }
                self = .zero
                return
            }
            let scale = DoubleDouble.powerOfTen(abs(exponent))
            result = exponent > 0 ? mantissa * scale : mantissa / scale
        }
        guard result.hi.isFinite else { return nil }
        self = negative ? -result : result
    }

    /// `10^k` to double-double accuracy (exact for `k ≤ 22`).
    static func powerOfTen(_ k: Int) -> DoubleDouble {
        var result = DoubleDouble(1)
        var base = DoubleDouble(10)
        var e = k
        while e > 0 {
            if e & 1 == 1 { result = result * base }
            base = base * base
            e >>= 1
        }
        return result
    }
}

/// The Sobol' low-discrepancy sequence in Gray-code order (Antonov–Saleev), with the
/// direction numbers of Joe & Kuo (2008, `new-joe-kuo-6.21201`) for up to 21 dimensions.
/// Unscrambled; point 0 is the origin. Identical to `scipy.stats.qmc.Sobol(d,
/// scramble=False)` (checked in the tests).
///
/// Reference: S. Joe, F. Y. Kuo, "Constructing Sobol sequences with better
/// two-dimensional projections", *SIAM J. Sci. Comput.* 30 (2008) 2635–2654.
public struct SobolSequence: Sendable {
    public static let maximumDimensions = 21
    /// (s, a, m₁…m_s) for dimensions 2…21.
    static let table: [(Int, Int, [UInt32])] = [
        (1, 0, [1]), (2, 1, [1, 3]), (3, 1, [1, 3, 1]), (3, 2, [1, 1, 1]), (4, 1, [1, 1, 3, 3]), (4, 4, [1, 3, 5, 13]),
        (5, 2, [1, 1, 5, 5, 17]), (5, 4, [1, 1, 5, 5, 5]), (5, 7, [1, 1, 7, 11, 19]), (5, 11, [1, 1, 5, 1, 1]),
        (5, 13, [1, 1, 1, 3, 11]), (5, 14, [1, 3, 5, 5, 31]), (6, 1, [1, 3, 3, 9, 7, 49]),
        (6, 13, [1, 1, 1, 15, 21, 21]),
        (6, 16, [1, 3, 1, 13, 27, 49]), (6, 19, [1, 1, 1, 15, 7, 5]), (6, 22, [1, 3, 1, 15, 13, 25]),
        (6, 25, [1, 1, 5, 5, 19, 61]),
        (7, 1, [1, 3, 7, 11, 23, 15, 103]), (7, 4, [1, 3, 7, 13, 13, 15, 69]),
    ]

    let directions: [[UInt32]]
    public let dimensions: Int

    public init(dimensions: Int) {
        precondition(
            (1...Self.maximumDimensions).contains(dimensions),
            "Sobol' sequence supports 1…21 dimensions, got \(dimensions)")
        self.dimensions = dimensions
        directions = (0..<dimensions).map { j in
            var v = [UInt32](repeating: 0, count: 32)
            if j == 0 {
                for i in 0..<32 { v[i] = 1 << (31 - i) }
                return v
            }
            let (s, a, m) = Self.table[j - 1]
            for i in 0..<s { v[i] = m[i] << (31 - i) }
            for i in s..<32 {
                var x = v[i - s] ^ (v[i - s] >> s)
                for k in 1..<s where (a >> (s - 1 - k)) & 1 == 1 { x ^= v[i - k] }
                v[i] = x
            }
            return v
        }
    }

    /// Point `i` of the sequence, computed directly (Gray code: the XOR of the direction
    /// numbers of the bits set in `i ^ (i >> 1)`), equal to `points(i + 1)[i]`; lets a
    /// design generate any block of rows without the points before it.
    public func point(_ i: Int) -> [Double] {
        precondition(i >= 0 && i < 1 << 32, "Sobol' point index \(i) outside 0..<2^32")
        let gray = i ^ (i >> 1)
        return (0..<dimensions).map { j in
            var x: UInt32 = 0, g = gray, bit = 0
            while g != 0 {
                if g & 1 == 1 { x ^= directions[j][bit] }
                g >>= 1
                bit += 1
            }
            return Double(x) * 0x1p-32
        }
    }

    /// The first `count` points, row after row.
    public func points(_ count: Int) -> [[Double]] {
        var x = [UInt32](repeating: 0, count: dimensions)
        var out: [[Double]] = [x.map { _ in 0 }]
        out.reserveCapacity(count)
        for i in 1..<max(count, 1) {
            let k = (~(i - 1)).trailingZeroBitCount  // the lowest zero bit of i − 1
            for j in 0..<dimensions { x[j] ^= directions[j][k] }
            out.append(x.map { Double($0) * 0x1p-32 })
        }
        return Array(out.prefix(count))
    }
}

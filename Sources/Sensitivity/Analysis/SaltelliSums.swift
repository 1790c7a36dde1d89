import Simulation

/// The sums behind Saltelli's estimators over a sequence of base rows (all N in order,
/// or a bootstrap resample), computed row by row into one accumulator per estimator.
///
/// Each base row `i` (standardized outputs a = f(A), b = f(B), abⱼ = f(ABⱼ), baⱼ = f(BAⱼ))
/// contributes a row of q = 2k (+ k(k−1)/2 with second order) terms:
/// `b·(abⱼ − a)` (first order), `(abⱼ − a)²` (total), `baⱼ·abₗ − a·b` for j < l (second
/// order). A resample adds the rows it draws, in the order drawn, so each accumulator
/// sees exactly the additions (same operands, same order) of the estimator written as
/// one loop per input: the indices and their intervals are bit for bit those of that
/// form, on any number of threads. The terms are computed once into a table (the
/// bootstrap's "matrix": every resample is a sum of its rows) when it is at most
/// ``tableLimit`` values, else row by row as drawn, with the same bits, so memory stays
/// bounded at any N.
struct SaltelliSums: @unchecked Sendable {
    /// Largest term table kept (values; 8 bytes each): 32 MB.
    static let tableLimit = 4 << 20

    let z: UnsafeBufferPointer<Double>
    let k: Int, step: Int, n: Int, secondOrder: Bool
    /// Terms per row.
    let q: Int
    /// `n × q` terms, row-major, or nil when that is above ``tableLimit``.
    let table: UnsafeBufferPointer<Double>?

    /// - Parameter z: the standardized outputs in Saltelli's row layout, alive while this
    ///   value is used.
    init(z: UnsafeBufferPointer<Double>, k: Int, secondOrder: Bool, table storage: UnsafeMutableBufferPointer<Double>?) {
        self.z = z; self.k = k; self.secondOrder = secondOrder
        step = secondOrder ? 2 * k + 2 : k + 2
        n = z.count / step
        q = Self.terms(k: k, secondOrder: secondOrder)
        if let storage {
            for r in 0..<n { Self.fill(z.baseAddress! + r * step, k: k, secondOrder: secondOrder, into: storage.baseAddress! + r * q) }
            table = UnsafeBufferPointer(storage)
        } else {
            table = nil
        }
    }

    static func terms(k: Int, secondOrder: Bool) -> Int { 2 * k + (secondOrder ? k * (k - 1) / 2 : 0) }

    /// The terms of one Saltelli group `g` (its `2k + 2` or `k + 2` outputs) into `row`.
    @inline(__always)
    static func fill(_ g: UnsafePointer<Double>, k: Int, secondOrder: Bool, into row: UnsafeMutablePointer<Double>) {
        let step = secondOrder ? 2 * k + 2 : k + 2
        let a = g[0], b = g[step - 1]
        for j in 0..<k {
            let d = g[1 + j] - a
            row[j] = b * d
            row[k + j] = d * d
        }
        guard secondOrder else { return }
        var c = 2 * k
        for j in 0..<k {
            let baj = g[1 + k + j]
            for l in (j + 1)..<max(j + 1, k) {
                row[c] = baj * g[1 + l] - a * b
                c += 1
            }
        }
    }

    /// The first-order, total and second-order estimates over the rows `order` yields
    /// (`count` of them): NaN when f(A) and f(B) do not vary over those rows.
    func estimates<Order: RowOrder>(_ order: Order, count: Int) -> (s1: [Double], st: [Double], s2: [[Double]]) {
        var acc = [Double](repeating: 0, count: q), row = [Double](repeating: 0, count: q)
        // The mean of f(A) and f(B) over the rows: the a's in order, then the b's.
        var sum = 0.0
        acc.withUnsafeMutableBufferPointer { accumulators in
            row.withUnsafeMutableBufferPointer { scratch in
                let s = accumulators.baseAddress!, w = scratch.baseAddress!
                var rows = order
                for _ in 0..<count {
                    let r = rows.next()
                    sum += z[r * step]
                    let terms: UnsafePointer<Double>
                    if let table { terms = table.baseAddress! + r * q } else {
                        Self.fill(z.baseAddress! + r * step, k: k, secondOrder: secondOrder, into: w)
                        terms = UnsafePointer(w)
                    }
                    for c in 0..<q { s[c] += terms[c] }
                }
            }
        }
        var rows = order
        for _ in 0..<count { sum += z[rows.next() * step + step - 1] }
        let m = sum / Double(2 * count)
        var spread = 0.0
        rows = order
        for _ in 0..<count { let x = z[rows.next() * step]; spread += (x - m) * (x - m) }
        rows = order
        for _ in 0..<count { let x = z[rows.next() * step + step - 1]; spread += (x - m) * (x - m) }
        spread /= Double(2 * count)
        // Y is standardized (variance 1 over all rows): a variance of A and B this
        // small means the measure does not vary over the base samples, and no index
        // can be estimated (NaN), rather than a ratio of rounding errors.
        let v = spread > 1e-12 ? spread : .nan
        let total = Double(count)
        let s1 = (0..<k).map { acc[$0] / total / v }
        let st = (0..<k).map { 0.5 * acc[k + $0] / total / v }
        var s2 = [[Double]](repeating: [Double](repeating: .nan, count: k), count: k)
        if secondOrder {
            var c = 2 * k
            for j in 0..<k {
                for l in (j + 1)..<max(j + 1, k) {
                    s2[j][l] = acc[c] / total / v - s1[j] - s1[l]
                    c += 1
                }
            }
        }
        return (s1, st, s2)
    }
}

/// A sequence of base rows, replayable: a copy starts the sequence again.
protocol RowOrder {
    mutating func next() -> Int
}

/// Rows 0, 1, 2, … in order.
struct AllRows: RowOrder {
    var row = 0
    mutating func next() -> Int { defer { row += 1 }; return row }
}

/// Bootstrap resample `r`: N rows drawn with replacement from its own stream (seed, r).
struct Resample: RowOrder {
    var rng: Xoshiro256
    let n: UInt64
    init(seed: UInt64, resample r: Int, n: Int) { rng = Xoshiro256(seed: seed, block: UInt64(r)); self.n = UInt64(n) }
    mutating func next() -> Int { Int(rng.next() % n) }
}

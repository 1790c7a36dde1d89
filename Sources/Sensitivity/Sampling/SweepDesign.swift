import Foundation
import Simulation

/// A sampling design that generates any range of its rows on demand, so a sweep of any
/// N holds only the block it is running (a sweep of `samples 8388608` needs megabytes,
/// not the gigabytes of a materialised design). Row `i` is the same whichever range it
/// is asked in, so blocks, shards and resumptions see the same samples.
public struct SweepDesign: Sendable {
    public enum Method: Sendable, Equatable {
        /// Saltelli's scheme on `n` Sobol' base points (``Designs/saltelli(_:n:secondOrder:)``).
        case sobol(n: Int, secondOrder: Bool)
        /// A Latin hypercube of `n` rows, strata paired by seeded permutations.
        case lhs(n: Int, seed: UInt64)
        /// A full grid of `levels` points per input.
        case grid(levels: Int)
        /// `trajectories` Morris trajectories on a `levels`-level grid.
        case morris(trajectories: Int, levels: Int, seed: UInt64)
    }

    public let inputs: [SweepInput]
    public let method: Method
    let sobol: SobolSequence?

    public init(inputs: [SweepInput], method: Method) {
        self.inputs = inputs
        self.method = method
        if case .sobol = method { sobol = SobolSequence(dimensions: 2 * inputs.count) } else { sobol = nil }
    }

    var k: Int { inputs.count }

    /// Rows in a Saltelli group (one base point): k + 2, or 2k + 2 with second order.
    var saltelliStep: Int { if case .sobol(_, let second) = method { return second ? 2 * k + 2 : k + 2 } else { return 1 } }

    /// How many rows the design has.
    public var rowCount: Int {
        switch method {
        case .sobol(let n, _): return n * saltelliStep
        case .lhs(let n, _): return n
        case .grid(let levels):
            var count = 1
            for _ in inputs { count = count.multipliedReportingOverflow(by: levels).overflow ? Int.max : count * levels }
            return count
        case .morris(let r, _, _): return r * (k + 1)
        }
    }

    /// Rows `range` as input values (a column per input).
    public func rows(_ range: Range<Int>) -> [[Double]] {
        unitRows(range).map { row in row.enumerated().map { inputs[$0.offset].quantile($0.element) } }
    }

    /// Rows `range` as input values in one array, row after row (k values a row): the
    /// values of ``rows(_:)``, without an array per row.
    public func flatRows(_ range: Range<Int>) -> [Double] {
        guard case .sobol = method else { return rows(range).flatMap { $0 } }
        precondition(range.lowerBound >= 0 && range.upperBound <= rowCount, "rows \(range) outside 0..<\(rowCount)")
        let step = saltelliStep
        var out: [Double] = []
        out.reserveCapacity(range.count * k)
        var base = range.lowerBound / step
        while base * step < range.upperBound {
            let point = sobol!.point(base + 1)  // skip the origin
            let a = (0..<k).map { inputs[$0].quantile(point[$0]) }, b = (0..<k).map { inputs[$0].quantile(point[k + $0]) }
            // Row r of a group: A, then ABⱼ (A with B's j), then BAⱼ (B with A's j), then B.
            for r in max(range.lowerBound - base * step, 0)..<min(range.upperBound - base * step, step) {
                for j in 0..<k {
                    let fromB = r == step - 1 || (r >= 1 && r <= k ? j == r - 1 : r > k && j != r - 1 - k)
                    out.append(fromB ? b[j] : a[j])
                }
            }
            base += 1
        }
        return out
    }

    /// The rows at `indices` (ascending), each as input values: the values of
    /// ``rows(_:)``, generated a run of consecutive rows at a time by ``flatRows(_:)``, so
    /// a row costs one Sobol' point, not the whole Saltelli group around it.
    public func rows(at indices: [Int]) -> [[Double]] {
        var out: [[Double]] = []
        out.reserveCapacity(indices.count)
        var i = 0
        while i < indices.count {
            var j = i + 1
            while j < indices.count && indices[j] == indices[j - 1] + 1 { j += 1 }
            let flat = flatRows(indices[i]..<(indices[j - 1] + 1))
            for r in 0..<(j - i) { out.append(Array(flat[(r * k)..<((r + 1) * k)])) }
            i = j
        }
        return out
    }

    /// Rows `range` on the unit cube (probabilities), before each input's inverse CDF.
    public func unitRows(_ range: Range<Int>) -> [[Double]] {
        precondition(range.lowerBound >= 0 && range.upperBound <= rowCount, "rows \(range) outside 0..<\(rowCount)")
        switch method {
        case .sobol(_, let second):
            let step = saltelliStep
            var out: [[Double]] = []
            out.reserveCapacity(range.count)
            var base = range.lowerBound / step
            while base * step < range.upperBound {
                let point = sobol!.point(base + 1)  // skip the origin
                let a = Array(point[0..<k]), b = Array(point[k..<(2 * k)])
                var group = [a]
                for j in 0..<k { var ab = a; ab[j] = b[j]; group.append(ab) }
                if second { for j in 0..<k { var ba = b; ba[j] = a[j]; group.append(ba) } }
                group.append(b)
                let lo = max(range.lowerBound - base * step, 0), hi = min(range.upperBound - base * step, step)
                out += group[lo..<hi]
                base += 1
            }
            return out
        case .lhs(let n, let seed):
            let permutations = (0..<k).map { KeyedPermutation(count: n, key: Self.mix(seed ^ Self.mix(UInt64(2 * $0 + 1)))) }
            return range.map { i in
                (0..<k).map { j in
                    let jitter = Double(Self.mix(seed ^ Self.mix(UInt64(2 * j + 2)) ^ Self.mix(UInt64(i) &+ 0x9E37_79B9_7F4A_7C15)) >> 11) * 0x1p-53
                    return (Double(permutations[j].apply(i)) + jitter) / Double(n)
                }
            }
        case .grid(let levels):
            return range.map { i in
                var row = [Double](repeating: 0, count: k), rest = i
                for j in (0..<k).reversed() { row[j] = (Double(rest % levels) + 0.5) / Double(levels); rest /= levels }
                return row
            }
        case .morris(_, let p, let seed):
            var out: [[Double]] = []
            out.reserveCapacity(range.count)
            var t = range.lowerBound / (k + 1)
            while t * (k + 1) < range.upperBound {
                let trajectory = morrisTrajectory(t, levels: p, seed: seed)
                let lo = max(range.lowerBound - t * (k + 1), 0), hi = min(range.upperBound - t * (k + 1), k + 1)
                out += trajectory[lo..<hi].map { $0.map { min(max($0, 0), 1 - 1e-12) } }
                t += 1
            }
            return out
        }
    }

    /// Trajectory `t`: k + 1 points on a `p`-level grid with step Δ = p/(2(p − 1)), each
    /// moving one input at a time (Morris 1991), from its own seeded stream.
    func morrisTrajectory(_ t: Int, levels p: Int, seed: UInt64) -> [[Double]] {
        var rng = Xoshiro256(seed: seed, block: UInt64(t))
        let delta = Double(p) / (2 * Double(p - 1))
        var x = (0..<k).map { _ in Double(Int.random(in: 0..<(p / 2), using: &rng)) / Double(p - 1) }
        var unit = [x]
        for j in Array(0..<k).shuffled(using: &rng) {
            x[j] = x[j] + delta <= 1 + 1e-12 ? x[j] + delta : x[j] - delta
            unit.append(x)
        }
        return unit
    }

    /// SplitMix64's finalizer: a bijective 64-bit mix.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A seeded bijection of 0..<count, evaluated one index at a time: a four-round Feistel
/// network on the smallest even number of bits that covers `count`, cycle-walking
/// values outside the range back in (Black & Rogaway 2002). O(1) memory at any count.
struct KeyedPermutation: Sendable {
    let count: Int
    let key: UInt64
    let halfBits: Int

    init(count: Int, key: UInt64) {
        self.count = count
        self.key = key
        let bits = max(2, Int.bitWidth - max(count - 1, 1).leadingZeroBitCount)
        halfBits = (bits + 1) / 2
    }

    func apply(_ i: Int) -> Int {
        precondition(i >= 0 && i < count, "index \(i) outside 0..<\(count)")
        let mask = UInt64(1) << UInt64(halfBits) - 1
        var x = UInt64(i)
        repeat {
            var left = x >> UInt64(halfBits), right = x & mask
            for round in 0..<4 {
                let f = SweepDesign.mix(key ^ (UInt64(round) << 56) ^ right) & mask
                (left, right) = (right, left ^ f)
            }
            x = left << UInt64(halfBits) | right
        } while x >= UInt64(count)
        return Int(x)
    }
}

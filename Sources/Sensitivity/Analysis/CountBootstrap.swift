import Foundation
import LinearAlgebra
import Simulation

/// The bootstrap of Saltelli's estimators as a count-matrix product.
///
/// Resample `r` draws N base rows with replacement from its own stream (seed, r), the
/// draws of plansim 0.1, and keeps only how often it drew each row: its column of
/// counts. Every sum an estimator needs over a resample is then a weighted sum of the
/// rows' terms (``SaltelliSums/fill(_:k:secondOrder:into:)`` plus f(A), f(B) and their
/// squares), so a batch of resamples is one product `Cᵀ·T` — counts (N × resamples)
/// times terms (N × q) — through BLAS `dgemm`, which reads each row's terms once instead
/// of once per draw. The indices' intervals equal those of the draw-order sums up to
/// rounding (the same resamples, summed in row order); they are the same on any number
/// of threads (the counts are integers, each resample has its own stream, and the
/// product's shape depends only on N), and in memory the counts are bounded by
/// ``batchLimit`` and the terms by ``chunkRows`` rows at any N.
enum CountBootstrap {
    /// Largest count matrix kept (values; 8 bytes each): 32 MB. Above it the resamples run
    /// in batches, each one product.
    static let batchLimit = 4 << 20
    /// Rows of terms computed at a time.
    static let chunkRows = 4096

    /// The estimates of resamples `0..<resamples` of the standardized outputs `z` (Saltelli
    /// layout), in resample order; `batchLimit` bounds the count matrix (tests lower it).
    static func estimates(
        z: UnsafeBufferPointer<Double>, k: Int, secondOrder: Bool, resamples: Int, seed: UInt64,
        batchLimit: Int = CountBootstrap.batchLimit
    ) -> [SobolAnalysis.Estimates] {
        let step = secondOrder ? 2 * k + 2 : k + 2
        let n = z.count / step, q = SaltelliSums.terms(k: k, secondOrder: secondOrder)
        guard resamples > 0, n > 0 else { return [] }
        // Columns of T: the q terms, then f(A), f(B), f(A)², f(B)².
        let width = q + 4
        let batch = max(1, min(resamples, batchLimit / n))
        let counts = UnsafeMutableBufferPointer<Double>.allocate(capacity: batch * n)
        let terms = UnsafeMutableBufferPointer<Double>.allocate(capacity: min(n, chunkRows) * width)
        let sums = UnsafeMutableBufferPointer<Double>.allocate(capacity: batch * width)
        defer {
            counts.deallocate()
            terms.deallocate()
            sums.deallocate()
        }
        var out: [SobolAnalysis.Estimates] = []
        out.reserveCapacity(resamples)
        for start in stride(from: 0, to: resamples, by: batch) {
            let size = min(batch, resamples - start)
            drawCounts(into: counts, n: n, resamples: start..<(start + size), seed: seed)
            for lo in stride(from: 0, to: n, by: chunkRows) {
                let rows = min(chunkRows, n - lo)
                for i in 0..<rows {
                    let g = z.baseAddress! + (lo + i) * step, row = terms.baseAddress! + i * width
                    SaltelliSums.fill(g, k: k, secondOrder: secondOrder, into: row)
                    let a = g[0], b = g[step - 1]
                    row[q] = a
                    row[q + 1] = b
                    row[q + 2] = a * a
                    row[q + 3] = b * b
                }
                BLASKernels.multiplyBothTransposed(
                    counts.baseAddress! + lo, lda: n, terms.baseAddress!, ldb: width,
                    into: sums.baseAddress!, m: size, n: width, k: rows, accumulating: lo > 0)
            }
            for r in 0..<size {
                let column = (0..<width).map { sums[r + $0 * size] }
                let total = Double(n)
                // The mean and variance of f(A) and f(B) over the resample's 2N values.
                let mean = (column[q] + column[q + 1]) / (2 * total)
                let spread = (column[q + 2] + column[q + 3]) / (2 * total) - mean * mean
                out.append(
                    SaltelliSums.indices(
                        Array(column[0..<q]), spread: spread, count: total, k: k, secondOrder: secondOrder))
            }
        }
        return out
    }

    /// Column `r − resamples.lowerBound` of `counts` (N values): how often resample `r`
    /// draws each base row. The resamples are drawn in parallel, each into its own column.
    static func drawCounts(into counts: UnsafeMutableBufferPointer<Double>, n: Int, resamples: Range<Int>, seed: UInt64)
    {
        let base = UnsafeSendablePointer(counts.baseAddress!)
        let rows = UInt64(n)
        let work = { @Sendable (r: Int) in
            let column = base.pointer + (r - resamples.lowerBound) * n
            column.initialize(repeating: 0, count: n)
            var rng = Xoshiro256(seed: seed, block: UInt64(r))
            for _ in 0..<n { column[Int(rng.next() % rows)] += 1 }
        }
        let workers = min(resamples.count, ProcessInfo.processInfo.activeProcessorCount)
        Workers.run(workers) { w in
            for r in stride(from: resamples.lowerBound + w, to: resamples.upperBound, by: workers) { work(r) }
        }
    }
}

/// A pointer handed to workers that write disjoint parts of its memory.
struct UnsafeSendablePointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Double>
    init(_ pointer: UnsafeMutablePointer<Double>) { self.pointer = pointer }
}

import Foundation
import LinearAlgebra
import PlanData

/// Options of a Monte Carlo run.
public struct RunOptions: Sendable {
    public var paths: Int
    public var seed: UInt64
    public var threads: Int
    /// Paths per block: each block has its own random stream derived from (seed, block).
    public var blockSize: Int = 512
    /// Called after each block with (paths done, paths in all), from any thread.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Replaces the mean of the plan's investment growth (log points), for inversion.
    public var lever: Double?
    /// Count target hits only (no quantiles or means): what inversion needs, much faster.
    public var probabilitiesOnly = false
    /// The random stream (``RandomStream``): `.one`, every earlier result's, unless asked.
    public var stream: RandomStream = .one

    /// The most paths a run accepts (memory and time stay bounded by what is reported,
    /// but a run of more than this is almost surely a typo).
    public static let maximumPaths = 100_000_000

    public init(paths: Int, seed: UInt64, threads: Int) {
        self.paths = paths
        self.seed = seed
        self.threads = threads
    }
}

/// Runs a ``SimulationModel`` by Monte Carlo, in blocks on all requested threads.
///
/// Reproducible: block `b` always draws from `Xoshiro256(seed, block: b)`, and every
/// accumulator is an integer (histogram counts, target hits, 128-bit fixed-point sums),
/// so the result is the same to the bit for any number of threads or blocks per thread.
/// Memory is bounded by what is reported (one histogram and one sum per series and
/// worker), not by the number of paths.
public enum MonteCarlo {
    public static func run(_ model: SimulationModel, options: RunOptions) -> MonteCarloResult {
        BLASThreads.set(1)
        let layout = Layout(model)
        let blockSize = options.blockSize
        let blockCount = (options.paths + blockSize - 1) / blockSize
        let threads = max(1, min(options.threads, blockCount))

        // Deterministic path, and a pilot block for the histogram ranges.
        let deterministic = BlockKernel(model: model, capacity: 1)
        var unused = NormalGenerator(Xoshiro256(seed: 0))
        deterministic.run(paths: 1, generator: &unused, deterministic: true, lever: options.lever)
        let pilot = BlockKernel(model: model, capacity: blockSize)
        pilot.stream = options.stream
        pilot.lanes = LaneStream(seed: options.seed ^ 0x5EED_F00D, block: 0)
        var pilotGenerator = NormalGenerator(Xoshiro256(seed: options.seed ^ 0x5EED_F00D, block: 0))
        let pilotPaths = options.probabilitiesOnly ? 0 : min(blockSize, max(options.paths, 256))
        if pilotPaths > 0 {
            pilot.run(
                paths: pilotPaths, generator: &pilotGenerator,
                scenarioGenerator: NormalGenerator(Xoshiro256(seed: options.seed ^ 0x5CE4_A210_0000_0002, block: 0)),
                lever: options.lever)
        }
        var lower = [Double](repeating: 0, count: layout.seriesCount), upper = lower
        for s in 0..<layout.seriesCount {
            var lo = deterministic.out[s], hi = lo
            for p in 0..<pilotPaths {
                lo = min(lo, pilot.out[s * blockSize + p])
                hi = max(hi, pilot.out[s * blockSize + p])
            }
            let span = hi - lo
            lower[s] = lo - 0.75 * span - 0.05
            upper[s] = hi + 0.75 * span + 0.05
        }

        let template = Histograms(
            lower: lower, upper: upper, targets: model.targets.count, blockSize: blockSize, scales: layout.scales)
        let shared = Locked([Histograms?](repeating: nil, count: threads))
        let done = Locked(0)
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            let kernel = BlockKernel(model: model, capacity: blockSize)
            kernel.stream = options.stream
            var histograms = template
            var block = worker
            while block < blockCount {
                let paths = min(blockSize, options.paths - block * blockSize)
                let streams = streams(seed: options.seed, block: block, stream: options.stream)
                var generator = streams.0
                kernel.lanes = streams.2
                kernel.run(paths: paths, generator: &generator, scenarioGenerator: streams.1, lever: options.lever)
                if options.probabilitiesOnly {
                    for t in kernel.metCounts.indices { histograms.targetMet[t] += kernel.metCounts[t] }
                } else {
                    accumulate(kernel, paths: paths, into: &histograms, series: layout.seriesCount)
                }
                if let progress = options.progress {
                    progress(
                        done.withLock {
                            $0 += paths
                            return $0
                        }, options.paths)
                }
                block += threads
            }
            shared.withLock { $0[worker] = histograms }
        }
        // Everything in the histograms is an integer, so the merge is exact in any order.
        var merged = template
        for h in shared.current { if let h { merged.merge(h) } }
        return summarize(
            model, layout, merged,
            deterministic: Array(UnsafeBufferPointer(start: deterministic.out, count: layout.seriesCount)),
            options: options)
    }

    /// Block `block`'s streams: the model's draws, and the scenario numbers' own.
    static func generators(seed: UInt64, block: Int) -> (NormalGenerator, NormalGenerator) {
        (
            NormalGenerator(Xoshiro256(seed: seed, block: UInt64(block))),
            NormalGenerator(Xoshiro256(seed: seed ^ 0x5CE4_A210_0000_0001, block: UInt64(block)))
        )
    }

    /// Block `block`'s streams in `stream`: the model's scalar draws, the scenario numbers'
    /// and (stream 2) the lanes of each year's shocks and the linked parameters. Stream 2's
    /// scalar streams have keys of their own, so it shares no draws with stream 1.
    static func streams(seed: UInt64, block: Int, stream: RandomStream) -> (
        NormalGenerator, NormalGenerator, LaneStream
    ) {
        switch stream {
        case .one:
            let (model, scenario) = generators(seed: seed, block: block)
            return (model, scenario, LaneStream())
        case .two:
            return (
                NormalGenerator(Xoshiro256(seed: seed ^ 0x5712_EA2D_0000_0001, block: UInt64(block))),
                NormalGenerator(Xoshiro256(seed: seed ^ 0x5712_EA2D_0000_0003, block: UInt64(block))),
                LaneStream(seed: seed, block: UInt64(block))
            )
        }
    }

    @inline(never)
    static func accumulate(_ kernel: BlockKernel, paths: Int, into h: inout Histograms, series: Int) {
        let bins = Histograms.bins
        let out = kernel.out, kernels = kernel.kernels, top = Double(bins + 1)
        h.counts.withUnsafeMutableBufferPointer { counts in
            for s in 0..<series {
                // Below the range → bin 0, above → bins + 1; the exact extremes; Σ eˣ
                // of the block, for the mean (VectorKernels.histogram).
                let total = kernels.histogram(
                    out + s * kernel.capacity, count: paths, lower: h.lower[s], inverse: 1 / h.width[s],
                    top: top, counts: counts.baseAddress! + s * (bins + 2), bins: kernel.binScratch,
                    minimum: &h.minimum[s], maximum: &h.maximum[s], nonfinite: &h.nonfinite)
                h.sums[s].add(total, scale: h.sumScale[s])
            }
        }
        for t in kernel.metCounts.indices { h.targetMet[t] += kernel.metCounts[t] }
    }
}

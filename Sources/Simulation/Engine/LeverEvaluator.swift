import Foundation
import LinearAlgebra

/// The probability of every target at any value of the investment-growth lever, for an
/// inversion that asks for many values: the draws of each block are made once (at lever 0)
/// and kept (``DrawTape``), and each evaluation replays them through the last year the
/// targets asked for need, and only for the indicators they depend on, instead of
/// drawing again and simulating every indicator to the horizon.
///
/// Exact: an evaluation gives the same probabilities, to the bit, as
/// `MonteCarlo.run(model, options)` with `lever` and `probabilitiesOnly` on the same
/// paths and seed (for the targets asked for), on any number of threads: the
/// blocks and their streams are the run's, and the counts are integers. Memory: the kept
/// draws, (parameters + indicators × years) × paths doubles (about 4 MB for 10,000 paths
/// to 2025 with Haibin's nine indicators).
final class LeverEvaluator: @unchecked Sendable {
    let model: SimulationModel
    let paths: Int
    /// The last year simulated: the latest year of the targets asked for.
    let lastYear: Int
    /// The indicators replayed: those of the targets asked for, the linked core's, and
    /// the drivers their scenario adjustments follow (`grows_as`), transitively.
    let simulated: [Bool]
    private let seed: UInt64
    private let stream: RandomStream
    private let threads: Int
    private let blockSize: Int
    private let tapes: [DrawTape]
    /// One kernel per worker (worker `w` only ever uses `kernels[w]`).
    private let kernels: Locked<[BlockKernel?]>
    private let deterministic: BlockKernel

    /// Draws and keeps the blocks of a `paths`-path run seeded with `seed`, for the
    /// probabilities of `targets` (indices into the model's targets), from `stream`.
    init(
        _ model: SimulationModel, paths: Int, seed: UInt64, threads: Int, targets: [Int], stream: RandomStream = .one
    ) {
        BLASThreads.set(1)
        self.model = model
        self.paths = paths
        self.seed = seed
        self.stream = stream
        let last = targets.map { model.targets[$0].targetYear }.max() ?? model.horizon
        lastYear = min(max(last, model.firstYear), model.horizon)
        simulated = LeverEvaluator.dependencies(model, of: targets)
        blockSize = RunOptions(paths: paths, seed: seed, threads: threads).blockSize
        let blockCount = (paths + blockSize - 1) / blockSize
        self.threads = max(1, min(threads, blockCount))
        tapes = (0..<blockCount).map { _ in DrawTape() }
        kernels = Locked([BlockKernel?](repeating: nil, count: self.threads))
        deterministic = BlockKernel(model: model, capacity: 1)
        let (tapes, blockSize, through) = (tapes, blockSize, self.lastYear)
        forEachBlock { kernel, block in
            let streams = MonteCarlo.streams(seed: seed, block: block, stream: stream)
            var generator = streams.0
            kernel.lanes = streams.2
            kernel.lastYear = through
            kernel.simulated = nil
            kernel.tape = tapes[block]
            kernel.run(
                paths: min(blockSize, paths - block * blockSize), generator: &generator, scenarioGenerator: streams.1,
                lever: 0)
            kernel.tape = nil
        }
    }

    /// P(target met) for each of the model's targets (those not asked for: meaningless)
    /// with the plan's investment growth mean at `lever` (log points), as
    /// `MonteCarlo.run` computes it.
    func probabilities(at lever: Double) -> [Double] {
        let counts = Locked(Counts(met: [Int](repeating: 0, count: model.targets.count)))
        let (tapes, simulated) = (tapes, simulated)
        forEachBlock { kernel, block in
            kernel.simulated = simulated
            let met = kernel.replay(tapes[block], lever: lever) ? kernel.metCounts : nil
            counts.withLock { $0.add(met) }
        }
        if let met = counts.current.total {
            return met.map { Double($0) / Double(paths) }
        }
        // A growth draw at its clamp cannot be replayed: run at the lever itself.
        var options = RunOptions(paths: paths, seed: seed, threads: threads)
        options.lever = lever
        options.probabilitiesOnly = true
        options.stream = stream
        return MonteCarlo.run(model, options: options).targets.map(\.probability)
    }

    /// The deterministic path's level of indicator `i` in each year, with the lever at
    /// `lever`: the `deterministic` of `MonteCarlo.run`'s results.
    func deterministicPath(indicator i: Int, at lever: Double) -> [(year: Int, value: Double)] {
        var unused = NormalGenerator(Xoshiro256(seed: 0))
        deterministic.run(paths: 1, generator: &unused, deterministic: true, lever: lever)
        let layout = Layout(model)
        let scale = model.scale(of: i)
        return model.years.map { ($0, scale.inverse(deterministic.out[layout.series(indicator: i, year: $0)])) }
    }

    /// Which indicators `targets` depend on, as a mask over the model's indicators.
    static func dependencies(_ model: SimulationModel, of targets: [Int]) -> [Bool] {
        var needed = Set(targets.compactMap { model.index(of: model.targets[$0].indicator) })
        needed.formUnion((model.roles?.all ?? []).compactMap { model.index(of: $0) })
        var frontier = Array(needed)
        while let i = frontier.popLast() {
            for adjustment in i < model.adjustments.count ? model.adjustments[i] : [] {
                if case .growsAs(let driver) = adjustment.action, needed.insert(driver).inserted {
                    frontier.append(driver)
                }
            }
        }
        return model.indicators.indices.map(needed.contains)
    }

    /// Runs `body` on every block, block `b` on worker `b mod threads`, each worker with its own kernel.
    private func forEachBlock(_ body: @escaping @Sendable (BlockKernel, Int) -> Void) {
        let blockCount = tapes.count, threads = threads
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            let kernel = self.kernel(worker)
            for block in stride(from: worker, to: blockCount, by: threads) { body(kernel, block) }
        }
    }

    private func kernel(_ worker: Int) -> BlockKernel {
        kernels.withLock { kernels in
            if let kernel = kernels[worker] { return kernel }
            let kernel = BlockKernel(model: model, capacity: blockSize)
            kernel.stream = stream
            kernels[worker] = kernel
            return kernel
        }
    }
}

/// Target hits summed over blocks (integers: the same total in any order), or a block
/// that could not be replayed.
private struct Counts {
    var met: [Int]
    var failed = false

    /// Adds a block's hits, or marks the sum failed (nil: the block could not be replayed).
    mutating func add(_ counts: [Int]?) {
        guard let counts else {
            failed = true
            return
        }
        for t in met.indices { met[t] += counts[t] }
    }

    /// The totals, or nil when a block failed.
    var total: [Int]? { failed ? nil : met }
}

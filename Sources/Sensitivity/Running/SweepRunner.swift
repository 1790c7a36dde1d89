public import Foundation
public import PlanData
import Simulation

/// Runs a sweep's blocks on all cores, writing each finished block to its own file, so
/// an interrupted sweep (Ctrl-C, kill -9) resumes where it stopped and shards run on
/// different machines; ``SweepMerge`` joins the blocks into the result, which is the
/// same whatever the order, threads or shards.
public enum SweepRunner {
    /// A slice `k` of `n` (1-based): blocks `b` with `b mod n = k − 1`.
    public struct Shard: Sendable, Equatable {
        public let k: Int, n: Int
        public init(k: Int, n: Int) { self.k = k; self.n = n }
        public static let whole = Shard(k: 1, n: 1)
    }

    /// Block files hold the outputs as raw little-endian doubles, row by row (output
    /// order, primary last): exact, and nothing to format or parse.
    static func blockName(_ b: Int) -> String { String(format: "block-%06d.bin", b) }

    /// Runs the blocks of `shard` not already in `directory`.
    ///
    /// - Throws: ``SweepError`` when `directory` holds another sweep (a different
    ///   fingerprint), or holds this one and `resume` is false.
    public static func run(_ plan: SweepPlan, into directory: URL, shard: Shard, resume: Bool, threads: Int, recipe: [(String, JSONValue)] = [],
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws(SweepError) {
        let fm = FileManager.default
        let blocks = directory.appendingPathComponent("blocks")
        let manifest = directory.appendingPathComponent("manifest.json")
        if let data = fm.contents(atPath: manifest.path) {
            let existing = (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
            guard existing["fingerprint"] as? String == plan.fingerprint else {
                throw SweepError(message: "\(directory.path) holds a different sweep (another scenario, sweep, N, seed or plansim version)",
                                 help: "choose another `--out` directory; nothing was changed")
            }
            guard resume else {
                throw SweepError(message: "\(directory.path) already holds this sweep", help: "add `--resume` to continue it, or choose another `--out`")
            }
        }
        do {
            try fm.createDirectory(at: blocks, withIntermediateDirectories: true)
            let document = JSONValue.object([("fingerprint", .string(plan.fingerprint)), ("scenario", .string(plan.scenario)),
                                             ("sweep", .string(plan.sweep.name)), ("method", .string(plan.sweep.method)), ("n", .integer(plan.n)),
                                             ("seed", .number(Double(plan.seed))), ("blocks", .integer(plan.blockCount)),
                                             ("shard", .integer(shard.k)), ("of", .integer(shard.n))] + recipe)
            try Data((document.rendered() + "\n").utf8).write(to: manifest, options: .atomic)
        } catch {
            throw SweepError(message: "cannot write into \(directory.path)", help: "choose a directory you can write to with `--out`")
        }
        let mine = (0..<plan.blockCount).filter { $0 % shard.n == shard.k - 1 }
        let todo = mine.filter { !fm.fileExists(atPath: blocks.appendingPathComponent(blockName($0)).path) }
        let counter = Counter(start: mine.count - todo.count)
        let failed = Counter(start: 0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, todo.count))) { worker in
            var i = worker
            while i < todo.count {
                let b = todo[i]
                let start = b * SampleEvaluator.blockSize
                let rows = plan.rows[start..<min(start + SampleEvaluator.blockSize, plan.rows.count)]
                let outputs = SampleEvaluator.evaluate(plan.model, inputs: plan.targets, rows: rows, measures: plan.measures,
                                                       pathsPerSample: plan.pathsPerSample, seed: plan.seed, block: b)
                let order = Array(plan.measures.indices.dropFirst()) + [0]
                let flat = outputs.flatMap { values in order.map { values[$0].bitPattern.littleEndian } }
                let data = flat.withUnsafeBufferPointer { Data(buffer: $0) }
                let url = blocks.appendingPathComponent(blockName(b))
                if (try? data.write(to: url, options: .atomic)) == nil { _ = failed.add(1) }
                progress?(counter.add(1), mine.count)
                i += max(1, min(threads, todo.count))
            }
        }
        if failed.add(0) > 0 { throw SweepError(message: "could not write block files into \(blocks.path)", help: "check free space and permissions") }
    }
}

final class Counter: @unchecked Sendable {
    private var value: Int
    private let lock = NSLock()
    init(start: Int) { value = start }
    func add(_ n: Int) -> Int { lock.lock(); defer { lock.unlock() }; value += n; return value }
}

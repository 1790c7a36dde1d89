public import Foundation
import LinearAlgebra
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
        public init(k: Int, n: Int) {
            self.k = k
            self.n = n
        }
        public static let whole = Shard(k: 1, n: 1)
        public var label: String { "\(k)/\(n)" }
    }

    /// What to do with a folder that already holds this sweep.
    public enum Existing: Sendable { case refuse, resume, replace }

    /// Which blocks of the shard were run, skipped (already done) or found corrupt.
    public struct Report: Sendable {
        public var mine: [Int] = [], ran: [Int] = [], skipped: [Int] = [], corrupt: [(block: Int, why: String)] = []
        /// Stretches of `blocks.bin` dropped because their records could not be told apart.
        public var dropped: [String] = []
    }

    /// Runs the blocks of `shard` not already (validly) in `directory`.
    ///
    /// - Parameters:
    ///   - log: told which blocks will run, are skipped and are corrupt, before any runs
    ///     (so a task's log says so even if the task is killed).
    ///   - progress: the block just finished, and the runs (samples × paths) done so far
    ///     in this call, of those to do.
    /// - Throws: ``SweepError`` when `directory` holds another sweep (unless `existing`
    ///   is `.replace`), or holds this one and `existing` is `.refuse`; when `shard`
    ///   would leave a shard with twice another's work.
    @discardableResult
    public static func run(
        _ plan: SweepPlan, into directory: URL, shard: Shard, existing: Existing, threads: Int,
        recipe: SweepManifest.Recipe, log: (Phrase) -> Void = { _ in },
        progress: (@Sendable (_ block: Int, _ runs: Int, _ total: Int) -> Void)? = nil
    ) throws(SweepError) -> Report {
        guard shard.n <= plan.maximumShards else {
            throw SweepError(
                Phrase(
                    zh:
                        "--shard \(shard.label)：该敏感性分析共 \(plan.blockCount) 块，分片多于 \(plan.maximumShards) 个会使有的分片工作量是别的两倍",
                    en:
                        "--shard \(shard.label): this sweep has \(plan.blockCount) blocks, so more than \(plan.maximumShards) shards would leave some with twice the work of others"
                ),
                help: Phrase(zh: "分片至多 \(plan.maximumShards) 个", en: "use at most \(plan.maximumShards) shards"))
        }
        let fm = FileManager.default
        let blocks = directory.appendingPathComponent("blocks")
        if existing != .replace, let old = try SweepManifest.read(directory) {
            guard old.fingerprint == plan.fingerprint else {
                let why = plan.differencePhrases(from: old.provenance)
                throw SweepError(
                    Phrase(zh: "\(directory.path) 存放的是另一个敏感性分析", en: "\(directory.path) holds a different sweep")
                        + SweepPlan.because(why),
                    help: Phrase(
                        zh: "请另选 `--out`，或加 `--force` 删除后重新开始；未作任何改动",
                        en: "choose another `--out`, or pass `--force` to delete it and start over; nothing was changed"
                    ))
            }
            guard existing == .resume else {
                throw SweepError(
                    Phrase(
                        zh: "\(directory.path) 已存放这一敏感性分析（分片 \(old.slice)）",
                        en: "\(directory.path) already holds this sweep (slice \(old.slice))"),
                    help: Phrase(
                        zh: "加 `--resume` 继续（保留已完成的块），或加 `--force` 删除其结果后重新开始",
                        en:
                            "add `--resume` to continue it (finished blocks are kept), or `--force` to delete its results and start over"
                    ))
            }
        }
        let file = BlockLog.url(directory)
        for link in [blocks, file] where BlockFile.isLink(link) && existing != .replace {
            throw BlockFile.linkRefused(link)
        }
        do {
            if existing == .replace { try removeResults(in: directory) }
            try fm.createDirectory(at: directory, withIntermediateDirectories: true)
            BlockFile.removeTemporaries(in: directory)
            try SweepManifest(plan: plan, slice: shard.label, recipe: recipe).write(plan, into: directory)
        } catch {
            throw SweepError(
                Phrase(zh: "无法写入 \(directory.path)", en: "cannot write into \(directory.path)"),
                help: Phrase(zh: "请用 `--out` 指定一个可写的目录", en: "choose a directory you can write to with `--out`"))
        }
        var report = Report()
        report.mine = (0..<plan.blockCount).filter { $0 % shard.n == shard.k - 1 }
        let appender: BlockLog.Writer
        let finished: Set<Int>
        do { (appender, finished) = try open(plan, file, blocks: blocks, report: &report) } catch {
            throw SweepError(
                Phrase(zh: "无法写入 \(file.path)", en: "cannot write into \(file.path)"),
                help: Phrase(zh: "请检查剩余空间和权限", en: "check free space and permissions"))
        }
        defer { appender.close() }
        let todo = report.mine.filter { !finished.contains($0) }
        report.skipped = report.mine.filter { finished.contains($0) }
        let mine = Set(report.mine)
        report.corrupt.removeAll { !mine.contains($0.block) || finished.contains($0.block) }
        log(describe(plan, shard: shard, report: report, todo: todo))
        let runsPerBlock: @Sendable (Int) -> Int = { b in plan.rowRange(block: b).count * plan.pathsPerSample }
        let total = todo.reduce(0) { $0 + runsPerBlock($1) }
        let counter = Locked(0)
        let failed = Locked(0)
        // A fresh run of the whole sweep writes samples.npy's rows as it generates them
        // (``SamplesFile``), so the results need not generate them again.
        let samples = shard.n == 1 && todo.count == plan.blockCount ? SamplesFile(plan, in: directory) : nil
        let samplesFailed = Locked(false)
        let work = todo
        let workers = max(1, min(threads, work.count))
        // Output order: the other measures, the primary, then its jackknife replicates.
        let order = Array(plan.measures.indices.dropFirst()) + [0] + Array(plan.measures.count..<plan.blockWidth)
        // Plain threads that end with their work (``Workers``): no pool left spinning.
        Workers.run(workers) { worker in
            for i in stride(from: worker, to: work.count, by: workers) {
                let b = work[i]
                let range = plan.rowRange(block: b)
                let rows = plan.design.flatRows(range)
                if let samples, !samples.write(rows, first: range.lowerBound) { samplesFailed.withLock { $0 = true } }
                let outputs = rows.withUnsafeBufferPointer {
                    plan.evaluator.evaluate(rows: $0, count: range.count, order: order)
                }
                if !appender.append(BlockLog.record(block: b, outputs, fingerprint: plan.fingerprint)) {
                    failed.withLock { $0 += 1 }
                }
                let done = counter.withLock {
                    $0 += runsPerBlock(b)
                    return $0
                }
                progress?(b, done, total)
            }
        }
        samples?.finish(complete: failed.current == 0 && !samplesFailed.current)
        if failed.current > 0 {
            throw SweepError(
                Phrase(zh: "无法把块写入 \(file.path)", en: "could not write blocks into \(file.path)"),
                help: Phrase(zh: "请检查剩余空间和权限", en: "check free space and permissions"))
        }
        report.ran = todo
        return report
    }

    /// Opens `file` for appending after checking it: its valid records are the blocks
    /// done; a torn or altered record is reported (with its block when its header names
    /// one) and the file rewritten without it. The valid blocks of a format-1 folder's
    /// `blocks/` are moved into `file`.
    ///
    /// - Returns: the writer, and the blocks `file` holds.
    static func open(_ plan: SweepPlan, _ file: URL, blocks: URL, report: inout Report) throws -> (
        BlockLog.Writer, Set<Int>
    ) {
        let count = { (b: Int) in plan.rowRange(block: b).count * plan.blockWidth }
        let scan = BlockLog.scan(file, blocks: plan.blockCount, count: count, fingerprint: plan.fingerprint)
        for d in scan.damage {
            if let b = d.block {
                report.corrupt.append((b, d.why))
            } else {
                report.dropped.append("\(BlockLog.fileName), byte \(d.offset) on: \(d.why)")
            }
        }
        if !scan.isClean { try BlockLog.compact(file, scan: scan) }
        let writer = try BlockLog.Writer(appendingTo: file)
        var done = Set(scan.records.keys)
        if !BlockFile.isLink(blocks), FileManager.default.fileExists(atPath: blocks.path) {
            for b in 0..<plan.blockCount where !done.contains(b) {
                let url = blocks.appendingPathComponent(BlockFile.name(b))
                switch BlockFile.read(url, count: count(b), fingerprint: plan.fingerprint) {
                case .valid(let values):
                    guard writer.append(BlockLog.record(block: b, values, fingerprint: plan.fingerprint)) else {
                        throw CocoaError(.fileWriteUnknown)
                    }
                    done.insert(b)
                case .missing: break
                case .corrupt(let why): report.corrupt.append((b, why))
                }
            }
            BlockFile.removeFormat1(in: blocks.deletingLastPathComponent())
        }
        return (writer, done)
    }

    /// The lines a task's log shows before it runs anything, in both languages.
    static func describe(_ plan: SweepPlan, shard: Shard, report: Report, todo: [Int]) -> Phrase {
        let paths = plan.pathsPerSample > 1
        var parts = [
            Phrase(
                zh:
                    "敏感性分析 \(plan.sweep.name) 的分片 \(shard.label)：共 \(plan.blockCount) 块中的 \(report.mine.count) 块（每块 \(plan.blockSize) 个样本"
                    + (paths ? " × \(plan.pathsPerSample) 条路径）" : "）"),
                en:
                    "shard \(shard.label) of sweep \(plan.sweep.name): \(report.mine.count) of \(plan.blockCount) blocks (\(plan.blockSize) samples each"
                    + (paths ? " × \(plan.pathsPerSample) paths)" : ")")),
            Phrase(zh: "待运行：", en: "to run: ") + blocks(todo),
        ]
        if !report.skipped.isEmpty {
            parts.append(Phrase(zh: "已完成，跳过（续跑）：", en: "skipped, already done (resumed): ") + blocks(report.skipped))
        }
        for d in report.dropped {
            parts.append(
                Phrase(zh: "已丢弃无法读取的部分（其中的块重新计算）：\(d)", en: "dropped, unreadable (its blocks are recomputed): \(d)"))
        }
        for c in report.corrupt {
            parts.append(
                Phrase(
                    zh: "块 \(c.block) 已损坏（\(c.why)），重新计算", en: "block \(c.block) found corrupt (\(c.why)), recomputing")
            )
        }
        return Phrase(zh: parts.map(\.zh).joined(separator: "\n  "), en: parts.map(\.en).joined(separator: "\n  "))
    }

    /// ``list(_:)`` in both languages: `none` / 无, `0, 1, …, 9, … (12 blocks)` /
    /// `0、1、…、9……（共 12 块）`.
    public static func blocks(_ blocks: [Int]) -> Phrase {
        let shown = blocks.prefix(10).map(String.init).joined(separator: "、")
        return Phrase(
            zh: blocks.isEmpty ? "无" : blocks.count > 10 ? "\(shown)……（共 \(blocks.count) 块）" : shown, en: list(blocks))
    }

    /// Block numbers for a log: all of them when few, else the first ten and a count.
    public static func list(_ blocks: [Int]) -> String {
        if blocks.isEmpty { return "none" }
        let shown = blocks.prefix(10).map(String.init).joined(separator: ", ")
        return blocks.count > 10 ? "\(shown), … (\(blocks.count) blocks)" : shown
    }

    /// Deletes what a sweep wrote into `directory` (its manifest, blocks and results),
    /// and nothing else.
    static func removeResults(in directory: URL) throws {
        let fm = FileManager.default
        // Only the block files plansim writes: a file of the user's inside `blocks/` stays
        // (and the folder with it); a `blocks` link is removed, never followed.
        BlockFile.removeFormat1(in: directory)
        for name in (try? fm.contentsOfDirectory(atPath: directory.path)) ?? [] where SamplesFile.isReadyName(name) {
            try fm.removeItem(at: directory.appendingPathComponent(name))
        }
        for name in [
            "manifest.json", BlockLog.fileName, "samples.csv", "outputs.csv", "samples.npy", "outputs.npy",
            "indices.json", "response.csv",
            "summary.md", "summary-en.md", "tornado.svg", "tornado-en.svg",
        ]
            + ["html", "xlsx", "docx", "pdf"].flatMap({ ["summary.\($0)", "summary-en.\($0)"] })
        {
            let url = directory.appendingPathComponent(name)
            if fm.fileExists(atPath: url.path) || BlockFile.isLink(url) { try fm.removeItem(at: url) }
        }
    }
}

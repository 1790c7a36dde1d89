public import Foundation
public import PlanData

/// Joins the blocks of one or more sweep folders (shards, merged folders, interrupted
/// runs) into one: checks they hold the same sweep, finds every block, and copies the
/// blocks with a manifest into the merged folder, which can itself be merged or resumed.
public enum SweepMerge {
    /// Where each block of a sweep was found, and what is missing or corrupt.
    public struct Inventory: Sendable {
        public var found: [Int: BlockSource] = [:]
        public var missing: [Int] = []
        public var corrupt: [(block: Int, file: URL, why: String)] = []
        /// Stretches of a `blocks.bin` whose records cannot be told apart (a header that is
        /// not one): the blocks after such a point count as missing.
        public var damaged: [(file: URL, offset: Int, why: String)] = []
        /// The slice each folder holds (`k/n` or `merged`), in the order given.
        public var slices: [(folder: URL, slice: String)] = []
        public var isComplete: Bool { missing.isEmpty }

        /// What is missing, and which shard runs it when the folders are shards of one
        /// count n: `12 of 64 blocks are missing: 9, 17 (shard 2/8); …`.
        public func describeMissing(_ plan: SweepPlan) -> String { missingPhrase(plan).en }

        /// ``describeMissing(_:)`` in both languages.
        public func missingPhrase(_ plan: SweepPlan) -> Phrase {
            guard !missing.isEmpty else {
                return Phrase(zh: "全部 \(plan.blockCount) 块都在", en: "all \(plan.blockCount) blocks are present")
            }
            let damage = damaged.map {
                Phrase(
                    zh: "；\($0.file.path) 自第 \($0.offset) 字节起无法读取（\($0.why)）",
                    en: "; \($0.file.path) is unreadable from byte \($0.offset) on (\($0.why))")
            }
            return missingBlocks(plan) + damage.reduce(Phrase(zh: "", en: ""), +)
        }

        func missingBlocks(_ plan: SweepPlan) -> Phrase {
            let counts = Set(slices.compactMap { SweepManifest.shardCount($0.slice) })
            var text = Phrase(
                zh: "共 \(plan.blockCount) 块，缺 \(missing.count) 块：",
                en: "\(missing.count) of \(plan.blockCount) blocks are missing: ")
            let list = SweepRunner.blocks
            if counts.count == 1, let n = counts.first {
                let byShard = Dictionary(grouping: missing) { $0 % n + 1 }
                let parts = byShard.keys.sorted().map {
                    Phrase(zh: "块 ", en: "blocks ") + list(byShard[$0]!)
                        + Phrase(zh: "（分片 \($0)/\(n)）", en: " (shard \($0)/\(n))")
                }
                text =
                    text
                    + Phrase(zh: parts.map(\.zh).joined(separator: "；"), en: parts.map(\.en).joined(separator: "; "))
            } else {
                text = text + list(missing)
            }
            return text
        }
    }

    /// Finds every block of `plan` in `directories` (the first valid copy of each).
    ///
    /// - Throws: ``SweepError`` when a folder is not a sweep folder or holds a slice of
    ///   a different sweep (naming what differs).
    public static func inventory(_ plan: SweepPlan, in directories: [URL]) throws(SweepError) -> Inventory {
        var inventory = Inventory()
        for dir in directories {
            guard let manifest = try SweepManifest.read(dir) else {
                throw SweepError(
                    Phrase(
                        zh: "\(dir.path) 不是敏感性分析的目录（没有 manifest.json）",
                        en: "\(dir.path) is not a sweep directory (no manifest.json)"),
                    help: Phrase(zh: "请给出 `plansim sweep` 写出的目录", en: "give the directories `plansim sweep` wrote"))
            }
            guard manifest.fingerprint == plan.fingerprint else {
                let why = plan.differencePhrases(from: manifest.provenance)
                throw SweepError(
                    Phrase(zh: "\(dir.path) 存放的是另一个敏感性分析的分片", en: "\(dir.path) holds a slice of a different sweep")
                        + (why.isEmpty
                            ? Phrase(
                                zh: "（情景、`sweep`、N、种子、路径数或 plansim 版本不同）",
                                en: " (scenario, sweep, N, seed, paths or plansim version differ)")
                            : SweepPlan.because(why)),
                    help: Phrase(
                        zh: "只能合并同一敏感性分析、由相同文件得到的分片；未写入任何文件",
                        en: "merge only slices of the same sweep, made from the same files; nothing was written"))
            }
            guard !BlockFile.isLink(dir.appendingPathComponent("blocks")) else {
                throw BlockFile.linkRefused(dir.appendingPathComponent("blocks"))
            }
            guard !BlockFile.isLink(BlockLog.url(dir)) else { throw BlockFile.linkRefused(BlockLog.url(dir)) }
            inventory.slices.append((dir, manifest.slice))
            if manifest.format == 1 {
                inventory.addFormat1(plan, in: dir)
            } else {
                inventory.addLog(plan, BlockLog.url(dir))
            }
        }
        inventory.missing = (0..<plan.blockCount).filter { inventory.found[$0] == nil }
        return inventory
    }

    /// The outputs of every row, `plan.blockWidth` values a row, row after row.
    ///
    /// - Precondition: `inventory` is complete.
    public static func collect(_ plan: SweepPlan, _ inventory: Inventory) throws(SweepError) -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(plan.rowCount * plan.blockWidth)
        for b in 0..<plan.blockCount {
            guard
                let block = inventory.found[b]?.values(
                    count: plan.rowRange(block: b).count * plan.blockWidth, fingerprint: plan.fingerprint)
            else {
                throw SweepError(
                    Phrase(zh: "合并期间块 \(b) 发生了变化", en: "block \(b) changed while merging"),
                    help: Phrase(
                        zh: "请等到没有任务再写入这些文件夹后重新合并", en: "wait until no task writes into the folders, then merge again"))
            }
            values += block
        }
        return values
    }

    /// Writes the blocks found, in block order, as `directory`'s `blocks.bin` (a new file
    /// renamed into place, so a folder merged into itself is read before it is replaced),
    /// removes the format-1 block files there, and writes its manifest with slice `merged`.
    public static func gather(
        _ plan: SweepPlan, _ inventory: Inventory, into directory: URL, recipe: SweepManifest.Recipe
    ) throws {
        let log = BlockLog.url(directory)
        for link in [directory.appendingPathComponent("blocks"), log] where BlockFile.isLink(link) {
            throw BlockFile.linkRefused(link)
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let writer = try BlockLog.Writer(temporaryBeside: log)
        for (b, source) in inventory.found.sorted(by: { $0.key < $1.key }) {
            let count = plan.rowRange(block: b).count * plan.blockWidth
            guard let record = source.record(block: b, count: count, fingerprint: plan.fingerprint),
                writer.append(record)
            else {
                writer.discard()
                throw SweepError(
                    Phrase(zh: "合并期间块 \(b) 发生了变化", en: "block \(b) changed while merging"),
                    help: Phrase(
                        zh: "请等到没有任务再写入这些文件夹后重新合并", en: "wait until no task writes into the folders, then merge again"))
            }
        }
        try writer.finish(as: log)
        BlockFile.removeFormat1(in: directory)
        try SweepManifest(plan: plan, slice: "merged", recipe: recipe).write(plan, into: directory)
    }
}

extension SweepMerge.Inventory {
    /// Adds the valid records of a format-2 folder's `blocks.bin` (the first copy of each block).
    mutating func addLog(_ plan: SweepPlan, _ file: URL) {
        let scan = BlockLog.scan(
            file, blocks: plan.blockCount, count: { plan.rowRange(block: $0).count * plan.blockWidth },
            fingerprint: plan.fingerprint)
        for (b, offset) in scan.records where found[b] == nil {
            found[b] = BlockSource(file: file, offset: offset, scanned: scan.identity)
        }
        for d in scan.damage {
            if let b = d.block {
                if scan.records[b] == nil { corrupt.append((b, file, d.why)) }
            } else {
                damaged.append((file, d.offset, d.why))
            }
        }
    }

    /// Adds the valid block files of a format-1 folder's `blocks/`.
    mutating func addFormat1(_ plan: SweepPlan, in dir: URL) {
        for b in 0..<plan.blockCount where found[b] == nil {
            let url = dir.appendingPathComponent("blocks/\(BlockFile.name(b))")
            switch BlockFile.read(
                url, count: plan.rowRange(block: b).count * plan.blockWidth, fingerprint: plan.fingerprint)
            {
            case .valid: found[b] = BlockSource(file: url, offset: nil)
            case .missing: break
            case .corrupt(let why): corrupt.append((b, url, why))
            }
        }
    }
}

extension SweepManifest {
    /// n of a `k/n` slice.
    static func shardCount(_ slice: String) -> Int? {
        let parts = slice.split(separator: "/").compactMap { Int($0) }
        return parts.count == 2 ? parts[1] : nil
    }
}

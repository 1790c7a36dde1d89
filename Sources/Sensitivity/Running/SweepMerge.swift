public import Foundation
public import PlanData

/// Joins the blocks of one or more sweep folders (shards, merged folders, interrupted
/// runs) into one: checks they hold the same sweep, finds every block, and copies the
/// blocks with a manifest into the merged folder, which can itself be merged or resumed.
public enum SweepMerge {
    /// Where each block of a sweep was found, and what is missing or corrupt.
    public struct Inventory: Sendable {
        public var found: [Int: URL] = [:]
        public var missing: [Int] = []
        public var corrupt: [(block: Int, file: URL, why: String)] = []
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
            inventory.slices.append((dir, manifest.slice))
            for b in 0..<plan.blockCount where inventory.found[b] == nil {
                let url = dir.appendingPathComponent("blocks/\(BlockFile.name(b))")
                switch BlockFile.read(
                    url, count: plan.rowRange(block: b).count * plan.blockWidth, fingerprint: plan.fingerprint)
                {
                case .valid: inventory.found[b] = url
                case .missing: break
                case .corrupt(let why): inventory.corrupt.append((b, url, why))
                }
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
            guard let url = inventory.found[b],
                case .valid(let block) = BlockFile.read(
                    url, count: plan.rowRange(block: b).count * plan.blockWidth, fingerprint: plan.fingerprint)
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

    /// Copies the blocks found into `directory`'s `blocks/` (those not already there)
    /// and writes its manifest with slice `merged`.
    public static func gather(
        _ plan: SweepPlan, _ inventory: Inventory, into directory: URL, recipe: SweepManifest.Recipe
    ) throws {
        let fm = FileManager.default
        let blocks = directory.appendingPathComponent("blocks")
        guard !BlockFile.isLink(blocks) else { throw BlockFile.linkRefused(blocks) }
        try fm.createDirectory(at: blocks, withIntermediateDirectories: true)
        for (b, source) in inventory.found.sorted(by: { $0.key < $1.key }) {
            let target = blocks.appendingPathComponent(BlockFile.name(b))
            guard source.standardizedFileURL.path != target.standardizedFileURL.path else { continue }
            try BlockFile.write(try Data(contentsOf: source), to: target)
        }
        BlockFile.removeTemporaries(in: blocks)
        try SweepManifest(plan: plan, slice: "merged", recipe: recipe).write(plan, into: directory)
    }
}

extension SweepManifest {
    /// n of a `k/n` slice.
    static func shardCount(_ slice: String) -> Int? {
        let parts = slice.split(separator: "/").compactMap { Int($0) }
        return parts.count == 2 ? parts[1] : nil
    }
}

public import Foundation
import PlanData

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
        public func describeMissing(_ plan: SweepPlan) -> String {
            guard !missing.isEmpty else { return "all \(plan.blockCount) blocks are present" }
            let counts = Set(slices.compactMap { SweepManifest.shardCount($0.slice) })
            var text = "\(missing.count) of \(plan.blockCount) blocks are missing: "
            if counts.count == 1, let n = counts.first {
                let byShard = Dictionary(grouping: missing) { $0 % n + 1 }
                text += byShard.keys.sorted().map { "blocks \(SweepRunner.list(byShard[$0]!)) (shard \($0)/\(n))" }.joined(separator: "; ")
            } else {
                text += SweepRunner.list(missing)
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
                throw SweepError(message: "\(dir.path) is not a sweep directory (no manifest.json)", help: "give the directories `plansim sweep` wrote")
            }
            guard manifest.fingerprint == plan.fingerprint else {
                let why = plan.differences(from: manifest.provenance)
                throw SweepError(message: "\(dir.path) holds a slice of a different sweep" + (why.isEmpty ? " (scenario, sweep, N, seed, paths or plansim version differ)" : ": " + why.joined(separator: "; ")),
                                 help: "merge only slices of the same sweep, made from the same files; nothing was written")
            }
            inventory.slices.append((dir, manifest.slice))
            for b in 0..<plan.blockCount where inventory.found[b] == nil {
                let url = dir.appendingPathComponent("blocks/\(BlockFile.name(b))")
                switch BlockFile.read(url, count: plan.rowRange(block: b).count * plan.blockWidth) {
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
                  case .valid(let block) = BlockFile.read(url, count: plan.rowRange(block: b).count * plan.blockWidth) else {
                throw SweepError(message: "block \(b) changed while merging", help: "wait until no task writes into the folders, then merge again")
            }
            values += block
        }
        return values
    }

    /// Copies the blocks found into `directory`'s `blocks/` (those not already there)
    /// and writes its manifest with slice `merged`.
    public static func gather(_ plan: SweepPlan, _ inventory: Inventory, into directory: URL, recipe: SweepManifest.Recipe) throws {
        let fm = FileManager.default
        let blocks = directory.appendingPathComponent("blocks")
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

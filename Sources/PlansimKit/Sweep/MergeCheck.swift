public import Foundation
public import PlanData
import Sensitivity

/// What the folders of a merge hold (`plansim merge --check`): each folder's slice and the
/// blocks it gives, the corrupt blocks, and what is missing.
public struct MergeCheck: Sendable {
    /// A folder, the slice it holds (`k/n` or `merged`) and how many of the blocks used come from it.
    public struct Slice: Sendable {
        public var folder: URL
        public var slice: String
        public var blocks: Int
    }

    /// The sweep's name.
    public var sweep: String
    /// In the order the folders were given.
    public var slices: [Slice]
    /// Blocks whose file cannot be read, with the reason (`plansim sweep … --resume` recomputes them).
    public var corrupt: [(block: Int, file: URL, why: String)]
    /// Which blocks are missing and which shard runs them, or that all are present.
    public var missing: Phrase
    /// Whether every block is present.
    public var isComplete: Bool

    init(_ plan: SweepPlan, _ inventory: SweepMerge.Inventory) {
        sweep = plan.sweep.name
        slices = inventory.slices.map { folder, slice in
            let blocks = (0..<plan.blockCount).filter {
                inventory.found[$0]?.path.hasPrefix(folder.path + "/") ?? false
            }.count
            return Slice(folder: folder, slice: slice, blocks: blocks)
        }
        corrupt = inventory.corrupt
        missing = inventory.missingPhrase(plan)
        isComplete = inventory.isComplete
    }
}

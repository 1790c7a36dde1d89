public import Foundation

/// What `plansim merge` asks: the folders holding slices of one sweep, where the merged
/// folder goes, and whether only to check them or to gather what there is.
public struct MergeRequest: Sendable {
    /// Folders written by `plansim sweep --shard k/n` or by `plansim merge`; the first one's
    /// manifest says how to plan the sweep again.
    public var directories: [URL]
    /// Where the merged blocks and the results are written; nil: the first folder.
    public var out: URL?
    /// Only report which blocks are missing or corrupt, and which shard runs them; write nothing.
    public var check: Bool
    /// With blocks missing, gather those found (to merge again later) instead of refusing.
    public var partial: Bool
    /// Write samples and outputs as CSV (SALib's layout) instead of NPY.
    public var csv: Bool

    public init(directories: [URL], out: URL? = nil, check: Bool = false, partial: Bool = false, csv: Bool = false) {
        self.directories = directories
        self.out = out
        self.check = check
        self.partial = partial
        self.csv = csv
    }

    /// The folder the merge writes into.
    public var target: URL { out ?? directories[0] }
}

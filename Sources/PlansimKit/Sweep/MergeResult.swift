public import Foundation
public import PlanData

/// What a merge did (``MergeWorkflow/merge(_:plan:recipe:)``); a front end prints it.
public enum MergeResult: Sendable {
    /// `check`: what the folders hold; nothing was written.
    case checked(MergeCheck)
    /// `partial` with blocks missing: `found` of `total` blocks gathered into `into` (slice
    /// `merged`), `missing` saying which are not and which shard runs them; no indices.
    case gathered(found: Int, total: Int, missing: Phrase, into: URL)
    /// Every block present: the indices computed and the results and briefing written into `into`.
    case finished(SweepOutcome, into: URL)
}

/// Which random stream a run draws from. Both are reproducible (same seed → same bits on
/// any thread count, shard count and kernel version); they give different numbers.
///
/// - `one`: every result published before issue 26: one xoshiro256++ per block of paths,
///   normals by the ziggurat (``NormalGenerator``). The default.
/// - `two`: built for the vector units (issue 26, docs/performance.md "Stream 2"): each
///   year's shocks and the linked core's parameters from eight interleaved xoshiro256++
///   lanes (``LaneStream``), one output per normal by AS241's Φ⁻¹, and the linked step's
///   log by the kernels' log; the other draws from a scalar stream of its own.
public enum RandomStream: Int, Sendable, CaseIterable, Codable {
    case one = 1
    case two = 2
}

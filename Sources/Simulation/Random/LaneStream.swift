import SIMDKernels

/// Stream 2's vector source for one block of paths: eight xoshiro256++ generators in
/// interleaved lanes, drawn by the C kernels (``VectorKernels/normals(_:_:count:)``): output
/// k of a fill is the next output of lane k mod 8, and a fill takes whole rounds of the
/// eight lanes (the rest of a partial last round is discarded).
///
/// Lane l of block b of a run seeded s starts from four SplitMix64 outputs at its own key
/// (seed splitting: the key is s xor a SplitMix64 mix of 8b + l, with constants other than
/// stream 1's), so a block's numbers depend on (seed, block) alone — never on the thread,
/// the shard or the kernel version that draws them.
struct LaneStream {
    static let lanes = Int(PLANSIM_STREAM2_LANES)
    /// The lanes' state, word-major (`s[word][lane]`), as the kernels read it.
    var state = plansim_stream2()

    /// An unseeded stream (all zero: draws nothing useful until replaced).
    init() {}

    /// The lanes of block `block` of a run seeded with `seed`.
    init(seed: UInt64, block: UInt64) {
        for lane in 0..<LaneStream.lanes {
            let words = LaneStream.seedWords(seed: seed, block: block, lane: lane)
            for (w, word) in words.enumerated() { self[w, lane] = word }
        }
    }

    /// The first state of lane `lane` of block `block` (s0…s3 of its xoshiro256++).
    static func seedWords(seed: UInt64, block: UInt64, lane: Int) -> [UInt64] {
        var key = SplitMix64(state: (block &* UInt64(lanes) &+ UInt64(lane)) ^ 0x5712_EA2D_A7A5_0002)
        var mixer = SplitMix64(state: seed ^ key.next())
        return (0..<4).map { _ in mixer.next() }
    }

    /// Word `w` of lane `lane`'s state.
    subscript(w: Int, lane: Int) -> UInt64 {
        get {
            withUnsafeBytes(of: state) { $0.load(fromByteOffset: (w * LaneStream.lanes + lane) * 8, as: UInt64.self) }
        }
        set {
            withUnsafeMutableBytes(of: &state) {
                $0.storeBytes(of: newValue, toByteOffset: (w * LaneStream.lanes + lane) * 8, as: UInt64.self)
            }
        }
    }

    /// Writes `count` standard normals at `target` with `kernels` (every version gives the same bits).
    mutating func fill(_ target: UnsafeMutablePointer<Double>, count: Int, kernels: VectorKernels) {
        kernels.normals(&state, target, count: count)
    }
}

/// xoshiro256++ (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
/// 2021): fast, 256 bits of state, passes BigCrush. Seeded through SplitMix64 so that
/// any 64-bit seed gives a well-mixed state.
public struct Xoshiro256: RandomNumberGenerator, Sendable {
    @usableFromInline var s0, s1, s2, s3: UInt64

    /// A generator seeded from `seed` by SplitMix64.
    public init(seed: UInt64) {
        var sm = SplitMix64(state: seed)
        s0 = sm.next()
        s1 = sm.next()
        s2 = sm.next()
        s3 = sm.next()
    }

    /// The independent stream of block `block` of a run seeded with `seed`: the same
    /// (seed, block) always gives the same numbers, whichever thread runs the block.
    public init(seed: UInt64, block: UInt64) {
        var mixer = SplitMix64(state: block &* 0xD1B5_4A32_D192_ED03)
        self.init(seed: seed ^ mixer.next())
    }

    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        let result = ((s0 &+ s3) << 23 | (s0 &+ s3) >> 41) &+ s0
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    @inlinable @inline(__always)
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014), used only to seed.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

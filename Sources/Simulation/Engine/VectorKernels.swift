import SIMDKernels

/// The engine's innermost loops, in C (target `SIMDKernels`): a portable version and
/// AVX2 and AVX-512 versions, chosen once per process from what the CPU has, or from the
/// environment variable `PLANSIM_SIMD` (`auto`, `portable`, `avx2`, `avx512`).
///
/// Every version performs the same IEEE operations in the same order (no fused
/// multiply-add; sums in four interleaved lanes), so results are the same to the bit
/// whichever version runs — and the same as ``VectorExp/exp(_:)`` value by value.
struct VectorKernels: @unchecked Sendable {
    /// The kernel versions, from the most portable to the widest.
    enum Level: Int, CaseIterable, Sendable {
        case portable = 0
        case avx2 = 1
        case avx512 = 2
    }

    private let table: UnsafePointer<plansim_kernels>

    /// The version in use.
    static var selected: VectorKernels { VectorKernels(table: plansim_kernels_selected()) }

    /// The version `level`, or nil when this CPU lacks it.
    static func version(_ level: Level) -> VectorKernels? {
        plansim_kernels_for(plansim_simd_level(UInt32(level.rawValue))).map { VectorKernels(table: $0) }
    }

    /// Makes the widest version at or below `level` the selected one (tests); returns the
    /// level selected before.
    @discardableResult
    static func force(_ level: Level) -> Level {
        Level(rawValue: Int(plansim_kernels_force(plansim_simd_level(UInt32(level.rawValue))).rawValue)) ?? .portable
    }

    var level: Level { Level(rawValue: Int(table.pointee.level.rawValue)) ?? .portable }
    var name: String { String(cString: table.pointee.name) }

    /// `output[i] = exp(input[i])` for `i < count` (the buffers may be the same).
    func exp(_ input: UnsafePointer<Double>, _ output: UnsafeMutablePointer<Double>, count: Int) {
        table.pointee.exp(input, output, count)
    }

    /// `accumulator[i] += exp(input[i])` for `i < count`.
    func expAdd(_ input: UnsafePointer<Double>, into accumulator: UnsafeMutablePointer<Double>, count: Int) {
        table.pointee.exp_add(input, accumulator, count)
    }

    /// One histogram pass over `values[0..<count]`: each value's bin
    /// `trunc(clamp((v − lower)·inverse + 1, 0, top))` gets one more count in `counts`
    /// (−∞ bin 0, +∞ bin `top`; a NaN in no bin, so it never counts as below a ceiling);
    /// `minimum` and `maximum` are updated (NaN ignored); `nonfinite` grows by the number
    /// of NaN or ±∞ values; returns `Σ exp(v)` summed in four interleaved lanes added as
    /// `(l₀ + l₁) + (l₂ + l₃)`. `bins` is scratch for `count` indices.
    func histogram(
        _ values: UnsafePointer<Double>, count: Int, lower: Double, inverse: Double, top: Double,
        counts: UnsafeMutablePointer<UInt32>, bins: UnsafeMutablePointer<Int32>,
        minimum: inout Double, maximum: inout Double, nonfinite: inout UInt64
    ) -> Double {
        var pass = plansim_series_pass(minimum: minimum, maximum: maximum, exp_sum: 0, nonfinite: nonfinite)
        table.pointee.histogram(values, count, lower, inverse, top, counts, bins, &pass)
        minimum = pass.minimum
        maximum = pass.maximum
        nonfinite = pass.nonfinite
        return pass.exp_sum
    }

    /// Stream 2: `count` standard normals at `output` from the eight lanes of `state`, in
    /// ⌈count/8⌉ rounds (output k from lane k mod 8; a partial last round's rest discarded).
    func normals(_ state: inout plansim_stream2, _ output: UnsafeMutablePointer<Double>, count: Int) {
        table.pointee.normals(&state, output, count)
    }

    /// Stream 2's log: `output[i] = log(input[i])` for `i < count` (the buffers may be the
    /// same): fdlibm's method, within 1 ulp, for positive normal values; libm's otherwise.
    func log(_ input: UnsafePointer<Double>, _ output: UnsafeMutablePointer<Double>, count: Int) {
        table.pointee.log(input, output, count)
    }

    /// Whether this build fuses `a·b + c` (compiled with `-ffp-contract=fast`), which
    /// breaks the bit-identity the kernels promise; tests require `false`.
    static var contracted: Bool { plansim_kernels_contracted() != 0 }
}

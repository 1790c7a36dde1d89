// SIMDKernels: the Monte Carlo engine's innermost loops, in one portable version and
// in versions for wider vector units, chosen once at run time from what the CPU has.
//
// Every version computes the same operations in the same order (no fused multiply-add
// anywhere, sums in four interleaved lanes added as (l0 + l1) + (l2 + l3)), so all of
// them give the same bits on the same inputs. The Simulation module is the only client.
#ifndef PLANSIM_SIMD_KERNELS_H
#define PLANSIM_SIMD_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#pragma clang assume_nonnull begin

/// The kernel versions, from the most portable to the widest.
typedef enum plansim_simd_level {
    /// Plain C (SSE2 on x86-64 as the compiler vectorizes it, NEON on arm64).
    PLANSIM_SIMD_PORTABLE = 0,
    /// 4 lanes of 64 bits (x86-64 with AVX2; FMA is not used).
    PLANSIM_SIMD_AVX2 = 1,
    /// 8 lanes of 64 bits (x86-64 with AVX-512F).
    PLANSIM_SIMD_AVX512 = 2,
} plansim_simd_level;

/// What one series of one block adds to its histogram.
typedef struct plansim_series_pass {
    /// Smallest and largest value so far: read and updated.
    double minimum;
    double maximum;
    /// Σ exp(value) over the block, summed in four interleaved lanes: written.
    double exp_sum;
    /// Values that were NaN or ±∞ so far: read and increased.
    uint64_t nonfinite;
} plansim_series_pass;

/// The lanes of stream 2 (issue 26): eight xoshiro256++ generators side by side.
#define PLANSIM_STREAM2_LANES 8
/// The vector versions draw in pieces of this many outputs (a multiple of the lanes).
#define PLANSIM_STREAM2_PIECE 512

/// Stream 2's state: word w of lane l at s[w][l] (word-major, so a vector loads one word
/// of four or eight lanes). Seeded by the caller (Simulation/Random/LaneStream.swift).
typedef struct plansim_stream2 {
    uint64_t s[4][PLANSIM_STREAM2_LANES];
} plansim_stream2;

/// One version of every kernel.
typedef struct plansim_kernels {
    plansim_simd_level level;
    const char *name;
    /// y[i] = exp(x[i]) for i < n (x and y may be the same buffer).
    void (*exp)(const double *x, double *y, size_t n);
    /// acc[i] += exp(x[i]) for i < n.
    void (*exp_add)(const double *x, double *acc, size_t n);
    /// One histogram pass over values[0..<n]: bin b = trunc(clamp((v − lower)·inverse + 1,
    /// 0, top)) gets counts[b] += 1 (−∞ bin 0, +∞ bin top; a NaN is in no bin, so it never
    /// counts as below or above a threshold); min and max (ignoring NaN), Σ exp and the
    /// number of non-finite values into `pass`. `bins` is scratch space for n indices.
    void (*histogram)(const double *values, size_t n, double lower, double inverse, double top,
                      uint32_t *counts, int32_t *bins, plansim_series_pass *pass);
    /// Stream 2: n standard normals into out, in ⌈n/8⌉ rounds of the eight lanes (output k
    /// of the fill is lane k mod 8's next output; the rest of a partial last round is
    /// discarded); each output u = (⌊x/2¹²⌋ + ½)·2⁻⁵² gives Φ⁻¹(u) by AS241.
    void (*normals)(plansim_stream2 *state, double *out, size_t n);
    /// Stream 2's log: y[i] = log(x[i]) for i < n (x and y may be the same buffer),
    /// fdlibm's method (within 1 ulp) for positive normal x, libm's log otherwise.
    void (*log)(const double *x, double *y, size_t n);
} plansim_kernels;

/// The kernels of `level`, or NULL when this CPU (or this build) does not have them.
const plansim_kernels *_Nullable plansim_kernels_for(plansim_simd_level level);

/// The kernels the engine uses: the widest this CPU has, unless the environment variable
/// PLANSIM_SIMD names another (`portable`, `avx2`, `avx512`; a level the CPU lacks falls
/// back to the widest it has). Chosen on the first call; thread-safe.
const plansim_kernels *plansim_kernels_selected(void);

/// 1 when this build contracts a·b + c into a fused multiply-add (-ffp-contract=fast,
/// which ignores the kernels' `#pragma STDC FP_CONTRACT OFF`), else 0. Such a build gives
/// other bits than plansim's reference; the tests fail on it.
int plansim_kernels_contracted(void);

/// Makes `level` the selected kernels (tests); returns the level selected before.
/// A level the CPU lacks selects the widest it has.
plansim_simd_level plansim_kernels_force(plansim_simd_level level);

#pragma clang assume_nonnull end

#ifdef __cplusplus
}
#endif

#endif

// The scalar forms of the kernels: the portable version is built from them, and the
// vector versions use them for the last few elements, so every version agrees bit for bit.
#ifndef PLANSIM_SCALAR_KERNELS_H
#define PLANSIM_SCALAR_KERNELS_H

#pragma STDC FP_CONTRACT OFF

// Bit-identity across versions, thread counts and platforms rests on IEEE arithmetic as
// written: no reassociation, no contraction into fused multiply-adds, NaN and infinities
// kept. A build that relaxes this must not compile rather than silently give other bits.
#if defined(__FAST_MATH__)
#error "SIMDKernels must not be compiled with -ffast-math (or -Ofast): it breaks plansim's bit-identical results"
#endif
#if defined(__FINITE_MATH_ONLY__) && __FINITE_MATH_ONLY__
#error "SIMDKernels must not be compiled with -ffinite-math-only: the kernels must see NaN and infinities"
#endif
#if defined(__ASSOCIATIVE_MATH__) || defined(__RECIPROCAL_MATH__)
#error "SIMDKernels must not be compiled with -fassociative-math or -freciprocal-math"
#endif
// Contraction: every file says `#pragma STDC FP_CONTRACT OFF`, which holds against
// -ffp-contract=on; -ffp-contract=fast ignores pragmas and defines no macro, so
// plansim_kernels_contracted() (Dispatch.c) detects it at run time and the tests fail on it.

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "SIMDKernels.h"

// exp(x) = 2^k · e^r with x = k·ln2 + r, |r| ≤ ln2/2 (ln 2 split in two so k·ln2High is
// exact), e^r by its Taylor polynomial to degree 13 (truncation below 2e-17 relative).
// Finite inputs are clamped to [−708, 709]; exp(NaN) = NaN, exp(+∞) = +∞, exp(−∞) = 0.
// Within 2 ulp of the correctly rounded value.
#define PLANSIM_LN2_HIGH 0.693147180369123816490
#define PLANSIM_LN2_LOW 1.90821492927058770002e-10
#define PLANSIM_LOG2E 1.44269504088896338700
/// 1.5·2⁵²: adding it rounds to an integer held in the low bits of the sum.
#define PLANSIM_ROUNDER 6755399441055744.0
#define PLANSIM_ROUNDER_BITS 0x4338000000000000ULL
/// The bin of a NaN: what cvttpd gives for NaN (INT32_MIN), in every version.
#define PLANSIM_NO_BIN INT32_MIN

/// The Taylor coefficients 1/13!, 1/12!, …, 1/1!, 1/0!, in Horner order.
#define PLANSIM_EXP_COEFFICIENTS \
    { 1.0 / 6227020800.0, 1.0 / 479001600.0, 1.0 / 39916800.0, 1.0 / 3628800.0, 1.0 / 362880.0, \
      1.0 / 40320.0, 1.0 / 5040.0, 1.0 / 720.0, 1.0 / 120.0, 1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0, 1.0 }

/// Whether x is NaN or ±∞: x − x is 0 for every finite x and NaN otherwise.
static inline int plansim_nonfinite1(double x) { return !(x - x == 0.0); }

/// exp of a non-finite x: NaN stays NaN, +∞ stays +∞, −∞ gives 0 (the vector versions
/// compute it as max(0, x), whose NaN operand passes through).
static inline double plansim_exp_nonfinite1(double x) { return 0.0 > x ? 0.0 : x; }

static inline double plansim_exp1(double x) {
    static const double c[14] = PLANSIM_EXP_COEFFICIENTS;
    if (plansim_nonfinite1(x)) return plansim_exp_nonfinite1(x);
    double clamped = x > -708.0 ? x : -708.0;
    clamped = clamped < 709.0 ? clamped : 709.0;
    double shifted = clamped * PLANSIM_LOG2E + PLANSIM_ROUNDER;
    double k = shifted - PLANSIM_ROUNDER;
    double r = (clamped - k * PLANSIM_LN2_HIGH) - k * PLANSIM_LN2_LOW;
    double p = c[0];
    for (int j = 1; j < 14; j++) p = p * r + c[j];
    uint64_t bits;
    memcpy(&bits, &shifted, sizeof bits);
    bits = (bits - PLANSIM_ROUNDER_BITS + 1023) << 52;
    double scale;
    memcpy(&scale, &bits, sizeof scale);
    return p * scale;
}

/// The histogram bin of v: trunc(clamp((v − lower)·inverse + 1, 0, top)); −∞ → 0, +∞ →
/// top; NaN → PLANSIM_NO_BIN (counted in no bin). The clamps keep a NaN `t` as the
/// vector max/min do with the NaN as second operand.
static inline int32_t plansim_bin1(double v, double lower, double inverse, double top) {
    double t = (v - lower) * inverse + 1.0;
    if (t != t) return PLANSIM_NO_BIN;
    t = 0.0 > t ? 0.0 : t;
    t = top < t ? top : t;
    return (int32_t)t;
}

/// Adds each value's bin to `counts` (a NaN, binned PLANSIM_NO_BIN, to none) and the
/// number of non-finite values to `pass->nonfinite`.
static inline void plansim_count_bins(const double *values, const int32_t *bins, size_t n, uint32_t *counts,
                                      plansim_series_pass *pass) {
    uint64_t nonfinite = 0;
    for (size_t i = 0; i < n; i++) {
        if (bins[i] != PLANSIM_NO_BIN) counts[bins[i]] += 1;
        nonfinite += (uint64_t)plansim_nonfinite1(values[i]);
    }
    pass->nonfinite += nonfinite;
}

/// The scalar histogram pass over values[i..<n], continuing the lane sums of a vector
/// pass that stopped at i (a multiple of 4): four lanes while a whole group of four is
/// left, then lane 0. Then the counts of all n bins, and the results into `pass`.
static inline void plansim_histogram_finish(const double *values, size_t i, size_t n, double lower, double inverse,
                                            double top, uint32_t *counts, int32_t *bins, double lane[4],
                                            double mn, double mx, plansim_series_pass *pass) {
    size_t whole = n - (n & 3);
    for (; i < whole; i += 4) {
        for (size_t j = 0; j < 4; j++) {
            double v = values[i + j];
            mn = v < mn ? v : mn;
            mx = v > mx ? v : mx;
            bins[i + j] = plansim_bin1(v, lower, inverse, top);
            lane[j] += plansim_exp1(v);
        }
    }
    for (; i < n; i++) {
        double v = values[i];
        mn = v < mn ? v : mn;
        mx = v > mx ? v : mx;
        bins[i] = plansim_bin1(v, lower, inverse, top);
        lane[0] += plansim_exp1(v);
    }
    plansim_count_bins(values, bins, n, counts, pass);
    pass->minimum = mn;
    pass->maximum = mx;
    pass->exp_sum = (lane[0] + lane[1]) + (lane[2] + lane[3]);
}

#endif

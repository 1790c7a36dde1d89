// The scalar forms of stream 2 (issue 26): one lane of the interleaved xoshiro256++, the
// uniform of an output, the log and Φ⁻¹. The portable version is built from them and the
// vector versions repeat their operations lane by lane, so every version gives the same bits.
#ifndef PLANSIM_STREAM2_SCALAR_H
#define PLANSIM_STREAM2_SCALAR_H

#pragma STDC FP_CONTRACT OFF

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "SIMDKernels.h"

/// 2⁵²: or-ing a 52-bit integer into its bits gives 2⁵² + the integer, exactly.
#define PLANSIM_TWO52_BITS 0x4330000000000000ULL
/// 2⁵² − ½: subtracted from 2⁵² + v gives v + ½, exactly (v < 2⁵²).
#define PLANSIM_TWO52_MINUS_HALF 4503599627370495.5
/// 1.5·2⁵² as bits: a small signed integer k added to them is 1.5·2⁵² + k as a double.
#define PLANSIM_K_BITS 0x4338000000000000ULL
#define PLANSIM_K_OFFSET 6755399441055744.0

// fdlibm's log (Sun Microsystems, 1993; as in musl): x = 2^k·(1 + f) with 1 + f in
// [√2/2, √2), log(1 + f) = f − hfsq + s·(hfsq + R(s²)), s = f/(2 + f). Within 1 ulp.
#define PLANSIM_LOG_LN2_HI 6.93147180369123816490e-01
#define PLANSIM_LOG_LN2_LO 1.90821492927058770002e-10
#define PLANSIM_LG1 6.666666666666735130e-01
#define PLANSIM_LG2 3.999999999940941908e-01
#define PLANSIM_LG3 2.857142874366239149e-01
#define PLANSIM_LG4 2.222219843214978396e-01
#define PLANSIM_LG5 1.818357216161805012e-01
#define PLANSIM_LG6 1.531383769920937332e-01
#define PLANSIM_LG7 1.479819860511658591e-01

// Wichura's AS241 (PPND16), Applied Statistics 37 (1988) 477–484, coefficients in Horner
// order (highest degree first), as in Statistics.normalQuantile.
#define PLANSIM_AS241_A \
    { 2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457, \
      13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608 }
#define PLANSIM_AS241_B \
    { 5226.495278852545925, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867, \
      5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1.0 }
#define PLANSIM_AS241_C \
    { 7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177, 1.27045825245236838258, \
      3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734 }
#define PLANSIM_AS241_D \
    { 1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966, 0.14810397642748007459, \
      0.68976733498510000455, 1.6763848301838038494, 2.05319162663775882187, 1.0 }
#define PLANSIM_AS241_E \
    { 2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386, 0.026532189526576123093, \
      0.29656057182850489123, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772 }
#define PLANSIM_AS241_F \
    { 2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4, \
      0.0148753612908506148525, 0.13692988092273580531, 0.59983220655588793769, 1.0 }

static inline double plansim_bits_to_double(uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static inline uint64_t plansim_double_to_bits(double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return bits;
}

/// The next output of lane `l` of `state` (xoshiro256++, Blackman & Vigna 2021).
static inline uint64_t plansim_stream2_next1(plansim_stream2 *state, int l) {
    uint64_t s0 = state->s[0][l], s1 = state->s[1][l], s2 = state->s[2][l], s3 = state->s[3][l];
    uint64_t sum = s0 + s3;
    uint64_t result = ((sum << 23) | (sum >> 41)) + s0;
    uint64_t t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 45) | (s3 >> 19);
    state->s[0][l] = s0;
    state->s[1][l] = s1;
    state->s[2][l] = s2;
    state->s[3][l] = s3;
    return result;
}

/// u = (⌊bits/2¹²⌋ + ½)·2⁻⁵², in (0, 1) and symmetric: 1 − u is exact and is another such u.
static inline double plansim_stream2_uniform1(uint64_t bits) {
    double v = plansim_bits_to_double((bits >> 12) | PLANSIM_TWO52_BITS) - PLANSIM_TWO52_MINUS_HALF;
    return v * 0x1p-52;
}

/// fdlibm's log for a positive normal finite x (the vector versions' fast lanes).
static inline double plansim_log_core1(double x) {
    uint64_t bits = plansim_double_to_bits(x);
    uint64_t hx = (bits >> 32) + (0x3ff00000 - 0x3fe6a09e);
    uint64_t k = (hx >> 20) - 0x3ff;   // two's complement: k may be negative
    hx = (hx & 0x000fffff) + 0x3fe6a09e;
    double m = plansim_bits_to_double((hx << 32) | (bits & 0xffffffffULL));
    double dk = plansim_bits_to_double(PLANSIM_K_BITS + k) - PLANSIM_K_OFFSET;
    double f = m - 1.0;
    double hfsq = 0.5 * f * f;
    double s = f / (2.0 + f);
    double z = s * s;
    double w = z * z;
    double t1 = w * (PLANSIM_LG2 + w * (PLANSIM_LG4 + w * PLANSIM_LG6));
    double t2 = z * (PLANSIM_LG1 + w * (PLANSIM_LG3 + w * (PLANSIM_LG5 + w * PLANSIM_LG7)));
    double r = t2 + t1;
    return (((s * (hfsq + r) + dk * PLANSIM_LOG_LN2_LO) - hfsq) + f) + dk * PLANSIM_LOG_LN2_HI;
}

/// Whether x takes the fast lane of the log: positive, normal and finite.
static inline int plansim_log_fast1(double x) {
    return x >= 0x1p-1022 && x <= 0x1.fffffffffffffp1023;
}

/// Stream 2's log: fdlibm's for positive normal finite x, libm's otherwise (0, negative,
/// subnormal, ∞, NaN), in every version.
static inline double plansim_log1(double x) { return plansim_log_fast1(x) ? plansim_log_core1(x) : log(x); }

/// A degree-7 polynomial in Horner order.
static inline double plansim_horner8(const double c[8], double r) {
    double p = c[0];
    for (int j = 1; j < 8; j++) p = p * r + c[j];
    return p;
}

/// Whether u is in AS241's central region, |u − ½| ≤ 0.425.
static inline int plansim_central1(double u) { return fabs(u - 0.5) <= 0.425; }

/// AS241's central value q·A(r)/B(r), r = 0.180625 − q², q = u − ½ (for every u; the
/// value is Φ⁻¹(u) where plansim_central1(u)).
static inline double plansim_normal_central1(double u) {
    static const double a[8] = PLANSIM_AS241_A, b[8] = PLANSIM_AS241_B;
    double q = u - 0.5;
    double r = 0.180625 - q * q;
    return q * plansim_horner8(a, r) / plansim_horner8(b, r);
}

/// AS241's tail value for u outside the central region, with stream 2's log.
static inline double plansim_normal_tail1(double u) {
    static const double c[8] = PLANSIM_AS241_C, d[8] = PLANSIM_AS241_D, e[8] = PLANSIM_AS241_E,
                        f[8] = PLANSIM_AS241_F;
    double q = u - 0.5;
    double r = sqrt(-plansim_log1(q < 0 ? u : 1.0 - u));
    double value;
    if (r <= 5.0) {
        r = r - 1.6;
        value = plansim_horner8(c, r) / plansim_horner8(d, r);
    } else {
        r = r - 5.0;
        value = plansim_horner8(e, r) / plansim_horner8(f, r);
    }
    return q < 0 ? -value : value;
}

/// Φ⁻¹(u) for u in (0, 1) by AS241, with stream 2's log in the tails.
static inline double plansim_inverse_normal1(double u) {
    return plansim_central1(u) ? plansim_normal_central1(u) : plansim_normal_tail1(u);
}

/// The portable fill: n normals into out, ⌈n/8⌉ rounds of the eight lanes (output k from
/// lane k mod 8; the rest of a partial last round is discarded). In pieces: the uniforms,
/// then every central value in a loop without branches (the compiler vectorizes it),
/// then the tails in place.
static inline void plansim_stream2_normals1(plansim_stream2 *state, double *out, size_t n) {
    double u[PLANSIM_STREAM2_PIECE];
    for (size_t base = 0; base < n; base += PLANSIM_STREAM2_PIECE) {
        size_t m = n - base < PLANSIM_STREAM2_PIECE ? n - base : PLANSIM_STREAM2_PIECE;
        size_t rounds = (m + PLANSIM_STREAM2_LANES - 1) / PLANSIM_STREAM2_LANES;
        for (size_t k = 0; k < rounds * PLANSIM_STREAM2_LANES; k++) {
            uint64_t bits = plansim_stream2_next1(state, (int)(k % PLANSIM_STREAM2_LANES));
            if (k < m) u[k] = plansim_stream2_uniform1(bits);
        }
        double *z = out + base;
        for (size_t k = 0; k < m; k++) z[k] = plansim_normal_central1(u[k]);
        for (size_t k = 0; k < m; k++)
            if (!plansim_central1(u[k])) z[k] = plansim_normal_tail1(u[k]);
    }
}

#endif

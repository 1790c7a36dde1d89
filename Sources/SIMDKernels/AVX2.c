// The AVX2 kernels: 4 lanes of the portable kernels' arithmetic, operation for operation
// (no FMA), compiled for AVX2 by a source attribute and only ever called on CPUs that
// have it (Dispatch.c).
#pragma STDC FP_CONTRACT OFF

#include "SIMDKernels.h"
#include "ScalarKernels.h"
#include "Versions.h"

#if defined(__x86_64__)
#include <immintrin.h>

#define AVX2 __attribute__((target("avx2")))

static inline AVX2 __m256d exp4(__m256d x) {
    static const double c[14] = PLANSIM_EXP_COEFFICIENTS;
    __m256d clamped = _mm256_max_pd(x, _mm256_set1_pd(-708.0));   // x > −708 ? x : −708
    clamped = _mm256_min_pd(clamped, _mm256_set1_pd(709.0));     // x < 709 ? x : 709 (NaN: 709, fixed below)
    __m256d rounder = _mm256_set1_pd(PLANSIM_ROUNDER);
    __m256d shifted = _mm256_add_pd(_mm256_mul_pd(clamped, _mm256_set1_pd(PLANSIM_LOG2E)), rounder);
    __m256d k = _mm256_sub_pd(shifted, rounder);
    __m256d r = _mm256_sub_pd(_mm256_sub_pd(clamped, _mm256_mul_pd(k, _mm256_set1_pd(PLANSIM_LN2_HIGH))),
                              _mm256_mul_pd(k, _mm256_set1_pd(PLANSIM_LN2_LOW)));
    __m256d p = _mm256_set1_pd(c[0]);
    for (int j = 1; j < 14; j++) p = _mm256_add_pd(_mm256_mul_pd(p, r), _mm256_set1_pd(c[j]));
    __m256i bits = _mm256_sub_epi64(_mm256_castpd_si256(shifted), _mm256_set1_epi64x((long long)PLANSIM_ROUNDER_BITS));
    bits = _mm256_slli_epi64(_mm256_add_epi64(bits, _mm256_set1_epi64x(1023)), 52);
    __m256d y = _mm256_mul_pd(p, _mm256_castsi256_pd(bits));
    // Non-finite x (x − x is not 0): max(0, x), so NaN → NaN, +∞ → +∞, −∞ → 0.
    __m256d zero = _mm256_setzero_pd();
    __m256d nonfinite = _mm256_cmp_pd(_mm256_sub_pd(x, x), zero, _CMP_NEQ_UQ);
    return _mm256_blendv_pd(y, _mm256_max_pd(zero, x), nonfinite);
}

static AVX2 void avx2_exp(const double *x, double *y, size_t n) {
    size_t i = 0;
    for (; i + 4 <= n; i += 4) _mm256_storeu_pd(y + i, exp4(_mm256_loadu_pd(x + i)));
    for (; i < n; i++) y[i] = plansim_exp1(x[i]);
}

static AVX2 void avx2_exp_add(const double *x, double *acc, size_t n) {
    size_t i = 0;
    for (; i + 4 <= n; i += 4)
        _mm256_storeu_pd(acc + i, _mm256_add_pd(_mm256_loadu_pd(acc + i), exp4(_mm256_loadu_pd(x + i))));
    for (; i < n; i++) acc[i] += plansim_exp1(x[i]);
}

static AVX2 void avx2_histogram(const double *values, size_t n, double lower, double inverse, double top,
                                uint32_t *counts, int32_t *bins, plansim_series_pass *pass) {
    __m256d mn = _mm256_set1_pd(pass->minimum), mx = _mm256_set1_pd(pass->maximum);
    __m256d sum = _mm256_setzero_pd();
    __m256d lo = _mm256_set1_pd(lower), inv = _mm256_set1_pd(inverse), one = _mm256_set1_pd(1.0);
    __m256d zero = _mm256_setzero_pd(), ceiling = _mm256_set1_pd(top);
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        __m256d v = _mm256_loadu_pd(values + i);
        mn = _mm256_min_pd(v, mn);   // v < mn ? v : mn, as the scalar form
        mx = _mm256_max_pd(v, mx);
        __m256d t = _mm256_add_pd(_mm256_mul_pd(_mm256_sub_pd(v, lo), inv), one);
        t = _mm256_min_pd(ceiling, _mm256_max_pd(zero, t));   // NaN t stays NaN → PLANSIM_NO_BIN
        _mm_storeu_si128((__m128i *)(bins + i), _mm256_cvttpd_epi32(t));
        sum = _mm256_add_pd(sum, exp4(v));
    }
    double lane[4], low[4], high[4];
    _mm256_storeu_pd(lane, sum);
    _mm256_storeu_pd(low, mn);
    _mm256_storeu_pd(high, mx);
    double m0 = low[0], m1 = high[0];
    for (int j = 1; j < 4; j++) {
        m0 = low[j] < m0 ? low[j] : m0;
        m1 = high[j] > m1 ? high[j] : m1;
    }
    plansim_histogram_finish(values, i, n, lower, inverse, top, counts, bins, lane, m0, m1, pass);
}

const plansim_kernels plansim_avx2_kernels = {
    PLANSIM_SIMD_AVX2, "avx2", avx2_exp, avx2_exp_add, avx2_histogram, plansim_avx2_normals, plansim_avx2_log,
};
#endif

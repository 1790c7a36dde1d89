// The AVX-512 kernels: 8 lanes of the portable kernels' arithmetic, operation for
// operation (no FMA). Sums still run in four lanes, adding the low then the high half of
// each 8-lane result, so the order of additions is the portable one.
#pragma STDC FP_CONTRACT OFF

#include "SIMDKernels.h"
#include "ScalarKernels.h"
#include "Versions.h"

#if defined(__x86_64__)
#include <immintrin.h>

#define AVX512 __attribute__((target("avx512f")))

static inline AVX512 __m512d exp8(__m512d x) {
    static const double c[14] = PLANSIM_EXP_COEFFICIENTS;
    __m512d clamped = _mm512_max_pd(x, _mm512_set1_pd(-708.0));   // x > −708 ? x : −708
    clamped = _mm512_min_pd(clamped, _mm512_set1_pd(709.0));     // x < 709 ? x : 709 (NaN: 709, fixed below)
    __m512d rounder = _mm512_set1_pd(PLANSIM_ROUNDER);
    __m512d shifted = _mm512_add_pd(_mm512_mul_pd(clamped, _mm512_set1_pd(PLANSIM_LOG2E)), rounder);
    __m512d k = _mm512_sub_pd(shifted, rounder);
    __m512d r = _mm512_sub_pd(_mm512_sub_pd(clamped, _mm512_mul_pd(k, _mm512_set1_pd(PLANSIM_LN2_HIGH))),
                              _mm512_mul_pd(k, _mm512_set1_pd(PLANSIM_LN2_LOW)));
    __m512d p = _mm512_set1_pd(c[0]);
    for (int j = 1; j < 14; j++) p = _mm512_add_pd(_mm512_mul_pd(p, r), _mm512_set1_pd(c[j]));
    __m512i bits = _mm512_sub_epi64(_mm512_castpd_si512(shifted), _mm512_set1_epi64((long long)PLANSIM_ROUNDER_BITS));
    bits = _mm512_slli_epi64(_mm512_add_epi64(bits, _mm512_set1_epi64(1023)), 52);
    __m512d y = _mm512_mul_pd(p, _mm512_castsi512_pd(bits));
    // Non-finite x (x − x is not 0): max(0, x), so NaN → NaN, +∞ → +∞, −∞ → 0.
    __m512d zero = _mm512_setzero_pd();
    __mmask8 nonfinite = _mm512_cmp_pd_mask(_mm512_sub_pd(x, x), zero, _CMP_NEQ_UQ);
    return _mm512_mask_blend_pd(nonfinite, y, _mm512_max_pd(zero, x));
}

static AVX512 void avx512_exp(const double *x, double *y, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) _mm512_storeu_pd(y + i, exp8(_mm512_loadu_pd(x + i)));
    for (; i < n; i++) y[i] = plansim_exp1(x[i]);
}

static AVX512 void avx512_exp_add(const double *x, double *acc, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        _mm512_storeu_pd(acc + i, _mm512_add_pd(_mm512_loadu_pd(acc + i), exp8(_mm512_loadu_pd(x + i))));
    for (; i < n; i++) acc[i] += plansim_exp1(x[i]);
}

static AVX512 void avx512_histogram(const double *values, size_t n, double lower, double inverse, double top,
                                    uint32_t *counts, int32_t *bins, plansim_series_pass *pass) {
    __m512d mn = _mm512_set1_pd(pass->minimum), mx = _mm512_set1_pd(pass->maximum);
    __m256d sum = _mm256_setzero_pd();
    __m512d lo = _mm512_set1_pd(lower), inv = _mm512_set1_pd(inverse), one = _mm512_set1_pd(1.0);
    __m512d zero = _mm512_setzero_pd(), ceiling = _mm512_set1_pd(top);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        __m512d v = _mm512_loadu_pd(values + i);
        mn = _mm512_min_pd(v, mn);   // v < mn ? v : mn, as the scalar form
        mx = _mm512_max_pd(v, mx);
        __m512d t = _mm512_add_pd(_mm512_mul_pd(_mm512_sub_pd(v, lo), inv), one);
        t = _mm512_min_pd(ceiling, _mm512_max_pd(zero, t));   // NaN t stays NaN → PLANSIM_NO_BIN
        _mm256_storeu_si256((__m256i *)(bins + i), _mm512_cvttpd_epi32(t));
        __m512d e = exp8(v);
        sum = _mm256_add_pd(sum, _mm512_castpd512_pd256(e));
        sum = _mm256_add_pd(sum, _mm512_extractf64x4_pd(e, 1));
    }
    double lane[4], low[8], high[8];
    _mm256_storeu_pd(lane, sum);
    _mm512_storeu_pd(low, mn);
    _mm512_storeu_pd(high, mx);
    double m0 = low[0], m1 = high[0];
    for (int j = 1; j < 8; j++) {
        m0 = low[j] < m0 ? low[j] : m0;
        m1 = high[j] > m1 ? high[j] : m1;
    }
    plansim_histogram_finish(values, i, n, lower, inverse, top, counts, bins, lane, m0, m1, pass);
}

const plansim_kernels plansim_avx512_kernels = {
    PLANSIM_SIMD_AVX512, "avx512", avx512_exp, avx512_exp_add, avx512_histogram, plansim_avx512_normals, plansim_avx512_log,
};
#endif

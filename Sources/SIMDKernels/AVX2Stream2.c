// Stream 2's AVX2 kernels: the eight lanes as two vectors of four, each lane doing the
// operations of Stream2Scalar.h in the same order (no FMA), so the bits are the portable
// version's. Compiled for AVX2 by a source attribute; called only on CPUs that have it.
#pragma STDC FP_CONTRACT OFF

#include "SIMDKernels.h"
#include "Stream2Scalar.h"
#include "Versions.h"

#if defined(__x86_64__)
#include <immintrin.h>

#define AVX2 __attribute__((target("avx2")))
#define ROTL4(x, k) _mm256_or_si256(_mm256_slli_epi64((x), (k)), _mm256_srli_epi64((x), 64 - (k)))
#define SET4(c) _mm256_set1_pd(c)
#define SET4I(c) _mm256_set1_epi64x((long long)(c))

/// Four lanes' next outputs (xoshiro256++), stepping their state.
static inline AVX2 __m256i next4(__m256i s[4]) {
    __m256i result = _mm256_add_epi64(ROTL4(_mm256_add_epi64(s[0], s[3]), 23), s[0]);
    __m256i t = _mm256_slli_epi64(s[1], 17);
    s[2] = _mm256_xor_si256(s[2], s[0]);
    s[3] = _mm256_xor_si256(s[3], s[1]);
    s[1] = _mm256_xor_si256(s[1], s[2]);
    s[0] = _mm256_xor_si256(s[0], s[3]);
    s[2] = _mm256_xor_si256(s[2], t);
    s[3] = ROTL4(s[3], 45);
    return result;
}

static inline AVX2 __m256d horner4(const double c[8], __m256d r) {
    __m256d p = SET4(c[0]);
    for (int j = 1; j < 8; j++) p = _mm256_add_pd(_mm256_mul_pd(p, r), SET4(c[j]));
    return p;
}

/// plansim_log_core1 in four lanes (positive normal finite x).
static inline AVX2 __m256d log4(__m256d x) {
    __m256i bits = _mm256_castpd_si256(x);
    __m256i hx = _mm256_add_epi64(_mm256_srli_epi64(bits, 32), SET4I(0x3ff00000 - 0x3fe6a09e));
    __m256i k = _mm256_sub_epi64(_mm256_srli_epi64(hx, 20), SET4I(0x3ff));
    hx = _mm256_add_epi64(_mm256_and_si256(hx, SET4I(0x000fffff)), SET4I(0x3fe6a09e));
    __m256d m = _mm256_castsi256_pd(
        _mm256_or_si256(_mm256_slli_epi64(hx, 32), _mm256_and_si256(bits, SET4I(0xffffffffULL))));
    __m256d dk = _mm256_sub_pd(_mm256_castsi256_pd(_mm256_add_epi64(SET4I(PLANSIM_K_BITS), k)), SET4(PLANSIM_K_OFFSET));
    __m256d f = _mm256_sub_pd(m, SET4(1.0));
    __m256d hfsq = _mm256_mul_pd(_mm256_mul_pd(SET4(0.5), f), f);
    __m256d s = _mm256_div_pd(f, _mm256_add_pd(SET4(2.0), f));
    __m256d z = _mm256_mul_pd(s, s);
    __m256d w = _mm256_mul_pd(z, z);
    __m256d t1 = _mm256_mul_pd(
        w, _mm256_add_pd(SET4(PLANSIM_LG2), _mm256_mul_pd(w, _mm256_add_pd(SET4(PLANSIM_LG4),
                                                                         _mm256_mul_pd(w, SET4(PLANSIM_LG6))))));
    __m256d t2 = _mm256_mul_pd(
        z, _mm256_add_pd(
               SET4(PLANSIM_LG1),
               _mm256_mul_pd(w, _mm256_add_pd(SET4(PLANSIM_LG3),
                                              _mm256_mul_pd(w, _mm256_add_pd(SET4(PLANSIM_LG5),
                                                                             _mm256_mul_pd(w, SET4(PLANSIM_LG7))))))));
    __m256d r = _mm256_add_pd(t2, t1);
    __m256d y = _mm256_add_pd(_mm256_mul_pd(s, _mm256_add_pd(hfsq, r)), _mm256_mul_pd(dk, SET4(PLANSIM_LOG_LN2_LO)));
    y = _mm256_add_pd(_mm256_sub_pd(y, hfsq), f);
    return _mm256_add_pd(y, _mm256_mul_pd(dk, SET4(PLANSIM_LOG_LN2_HI)));
}

/// The uniforms u = (⌊x/2¹²⌋ + ½)·2⁻⁵² of four outputs.
static inline AVX2 __m256d uniform4(__m256i bits) {
    __m256d v = _mm256_castsi256_pd(_mm256_or_si256(_mm256_srli_epi64(bits, 12), SET4I(PLANSIM_TWO52_BITS)));
    return _mm256_mul_pd(_mm256_sub_pd(v, SET4(PLANSIM_TWO52_MINUS_HALF)), SET4(0x1p-52));
}

/// AS241's central value q·A(r)/B(r) in four lanes; `*tails` gets the mask of the lanes
/// outside the central region (|u − ½| > 0.425), whose value is the tail's.
static inline AVX2 __m256d central4(__m256d u, int *tails) {
    static const double a[8] = PLANSIM_AS241_A, b[8] = PLANSIM_AS241_B;
    __m256d q = _mm256_sub_pd(u, SET4(0.5));
    __m256d central = _mm256_cmp_pd(_mm256_andnot_pd(SET4(-0.0), q), SET4(0.425), _CMP_LE_OQ);
    *tails = ~_mm256_movemask_pd(central) & 0xF;
    __m256d r = _mm256_sub_pd(SET4(0.180625), _mm256_mul_pd(q, q));
    return _mm256_div_pd(_mm256_mul_pd(q, horner4(a, r)), horner4(b, r));
}

/// AS241's tail value of four uniforms in the tails.
static inline AVX2 __m256d tail4(__m256d u) {
    static const double c[8] = PLANSIM_AS241_C, d[8] = PLANSIM_AS241_D, e[8] = PLANSIM_AS241_E,
                        f[8] = PLANSIM_AS241_F;
    __m256d q = _mm256_sub_pd(u, SET4(0.5));
    __m256d sign = _mm256_and_pd(q, SET4(-0.0));
    __m256d tail = _mm256_blendv_pd(_mm256_sub_pd(SET4(1.0), u), u, _mm256_cmp_pd(q, SET4(0.0), _CMP_LT_OQ));
    __m256d t = _mm256_sqrt_pd(_mm256_xor_pd(log4(tail), SET4(-0.0)));
    __m256d near = _mm256_sub_pd(t, SET4(1.6));
    __m256d value = _mm256_div_pd(horner4(c, near), horner4(d, near));
    __m256d far = _mm256_cmp_pd(t, SET4(5.0), _CMP_NLE_UQ);
    if (_mm256_movemask_pd(far) != 0) {
        __m256d beyond = _mm256_sub_pd(t, SET4(5.0));
        value = _mm256_blendv_pd(value, _mm256_div_pd(horner4(e, beyond), horner4(f, beyond)), far);
    }
    return _mm256_xor_pd(value, sign);
}

/// In pieces of PLANSIM_STREAM2_PIECE outputs: the central value of every output, the
/// tails' uniforms and places set aside; then the tails, four at a time (15 % of draws,
/// computed only where needed rather than for every vector with one tail lane in it).
AVX2 void plansim_avx2_normals(plansim_stream2 *state, double *out, size_t n) {
    __m256i low[4], high[4];
    for (int w = 0; w < 4; w++) {
        low[w] = _mm256_loadu_si256((const __m256i *)&state->s[w][0]);
        high[w] = _mm256_loadu_si256((const __m256i *)&state->s[w][4]);
    }
    double tailU[PLANSIM_STREAM2_PIECE + 4];
    uint32_t tailAt[PLANSIM_STREAM2_PIECE];
    for (size_t base = 0; base < n; base += PLANSIM_STREAM2_PIECE) {
        size_t m = n - base < PLANSIM_STREAM2_PIECE ? n - base : PLANSIM_STREAM2_PIECE, tails = 0;
        double *piece = out + base;
        for (size_t start = 0; start < m; start += PLANSIM_STREAM2_LANES) {
            __m256d u0 = uniform4(next4(low)), u1 = uniform4(next4(high));
            int t0, t1;
            __m256d z0 = central4(u0, &t0), z1 = central4(u1, &t1);
            double round[PLANSIM_STREAM2_LANES], *target = start + PLANSIM_STREAM2_LANES <= m ? piece + start : round;
            _mm256_storeu_pd(target, z0);
            _mm256_storeu_pd(target + 4, z1);
            if (target == round)
                for (size_t l = 0; start + l < m; l++) piece[start + l] = round[l];
            int mask = t0 | (t1 << 4);
            if (mask) {
                double u[PLANSIM_STREAM2_LANES];
                _mm256_storeu_pd(u, u0);
                _mm256_storeu_pd(u + 4, u1);
                for (; mask; mask &= mask - 1) {
                    size_t l = (size_t)__builtin_ctz((unsigned)mask);
                    if (start + l >= m) break;
                    tailU[tails] = u[l];
                    tailAt[tails++] = (uint32_t)(start + l);
                }
            }
        }
        for (size_t j = tails; j < tails + 4; j++) tailU[j] = 0.25;   // padding, never written out
        for (size_t j = 0; j < tails; j += 4) {
            double z[4];
            _mm256_storeu_pd(z, tail4(_mm256_loadu_pd(tailU + j)));
            for (size_t i = 0; i < 4 && j + i < tails; i++) piece[tailAt[j + i]] = z[i];
        }
    }
    for (int w = 0; w < 4; w++) {
        _mm256_storeu_si256((__m256i *)&state->s[w][0], low[w]);
        _mm256_storeu_si256((__m256i *)&state->s[w][4], high[w]);
    }
}

AVX2 void plansim_avx2_log(const double *x, double *y, size_t n) {
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        __m256d v = _mm256_loadu_pd(x + i);
        __m256d fast = _mm256_and_pd(_mm256_cmp_pd(v, SET4(0x1p-1022), _CMP_GE_OQ),
                                     _mm256_cmp_pd(v, SET4(0x1.fffffffffffffp1023), _CMP_LE_OQ));
        if (_mm256_movemask_pd(fast) == 0xF) {
            _mm256_storeu_pd(y + i, log4(v));
        } else {
            for (size_t j = 0; j < 4; j++) y[i + j] = plansim_log1(x[i + j]);
        }
    }
    for (; i < n; i++) y[i] = plansim_log1(x[i]);
}
#endif

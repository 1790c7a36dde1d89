// Stream 2's AVX-512 kernels: the eight lanes as one vector, each lane doing the
// operations of Stream2Scalar.h in the same order (no FMA), so the bits are the portable
// version's. Compiled for AVX-512F by a source attribute; called only on CPUs that have it.
#pragma STDC FP_CONTRACT OFF

#include "SIMDKernels.h"
#include "Stream2Scalar.h"
#include "Versions.h"

#if defined(__x86_64__)
#include <immintrin.h>

#define AVX512 __attribute__((target("avx512f")))
#define SET8(c) _mm512_set1_pd(c)
#define SET8I(c) _mm512_set1_epi64((long long)(c))
#define XOR8(a, b) _mm512_castsi512_pd(_mm512_xor_si512(_mm512_castpd_si512(a), _mm512_castpd_si512(b)))
#define AND8(a, b) _mm512_castsi512_pd(_mm512_and_si512(_mm512_castpd_si512(a), _mm512_castpd_si512(b)))

static inline AVX512 __m512i next8(__m512i s[4]) {
    __m512i result = _mm512_add_epi64(_mm512_rol_epi64(_mm512_add_epi64(s[0], s[3]), 23), s[0]);
    __m512i t = _mm512_slli_epi64(s[1], 17);
    s[2] = _mm512_xor_si512(s[2], s[0]);
    s[3] = _mm512_xor_si512(s[3], s[1]);
    s[1] = _mm512_xor_si512(s[1], s[2]);
    s[0] = _mm512_xor_si512(s[0], s[3]);
    s[2] = _mm512_xor_si512(s[2], t);
    s[3] = _mm512_rol_epi64(s[3], 45);
    return result;
}

static inline AVX512 __m512d horner8v(const double c[8], __m512d r) {
    __m512d p = SET8(c[0]);
    for (int j = 1; j < 8; j++) p = _mm512_add_pd(_mm512_mul_pd(p, r), SET8(c[j]));
    return p;
}

/// plansim_log_core1 in eight lanes (positive normal finite x).
static inline AVX512 __m512d log8(__m512d x) {
    __m512i bits = _mm512_castpd_si512(x);
    __m512i hx = _mm512_add_epi64(_mm512_srli_epi64(bits, 32), SET8I(0x3ff00000 - 0x3fe6a09e));
    __m512i k = _mm512_sub_epi64(_mm512_srli_epi64(hx, 20), SET8I(0x3ff));
    hx = _mm512_add_epi64(_mm512_and_si512(hx, SET8I(0x000fffff)), SET8I(0x3fe6a09e));
    __m512d m = _mm512_castsi512_pd(
        _mm512_or_si512(_mm512_slli_epi64(hx, 32), _mm512_and_si512(bits, SET8I(0xffffffffULL))));
    __m512d dk = _mm512_sub_pd(_mm512_castsi512_pd(_mm512_add_epi64(SET8I(PLANSIM_K_BITS), k)), SET8(PLANSIM_K_OFFSET));
    __m512d f = _mm512_sub_pd(m, SET8(1.0));
    __m512d hfsq = _mm512_mul_pd(_mm512_mul_pd(SET8(0.5), f), f);
    __m512d s = _mm512_div_pd(f, _mm512_add_pd(SET8(2.0), f));
    __m512d z = _mm512_mul_pd(s, s);
    __m512d w = _mm512_mul_pd(z, z);
    __m512d t1 = _mm512_mul_pd(
        w, _mm512_add_pd(SET8(PLANSIM_LG2), _mm512_mul_pd(w, _mm512_add_pd(SET8(PLANSIM_LG4),
                                                                         _mm512_mul_pd(w, SET8(PLANSIM_LG6))))));
    __m512d t2 = _mm512_mul_pd(
        z, _mm512_add_pd(
               SET8(PLANSIM_LG1),
               _mm512_mul_pd(w, _mm512_add_pd(SET8(PLANSIM_LG3),
                                              _mm512_mul_pd(w, _mm512_add_pd(SET8(PLANSIM_LG5),
                                                                             _mm512_mul_pd(w, SET8(PLANSIM_LG7))))))));
    __m512d r = _mm512_add_pd(t2, t1);
    __m512d y = _mm512_add_pd(_mm512_mul_pd(s, _mm512_add_pd(hfsq, r)), _mm512_mul_pd(dk, SET8(PLANSIM_LOG_LN2_LO)));
    y = _mm512_add_pd(_mm512_sub_pd(y, hfsq), f);
    return _mm512_add_pd(y, _mm512_mul_pd(dk, SET8(PLANSIM_LOG_LN2_HI)));
}

/// The uniforms u = (⌊x/2¹²⌋ + ½)·2⁻⁵² of eight outputs.
static inline AVX512 __m512d uniform8(__m512i bits) {
    __m512d v = _mm512_castsi512_pd(_mm512_or_si512(_mm512_srli_epi64(bits, 12), SET8I(PLANSIM_TWO52_BITS)));
    return _mm512_mul_pd(_mm512_sub_pd(v, SET8(PLANSIM_TWO52_MINUS_HALF)), SET8(0x1p-52));
}

/// AS241's central value in eight lanes; `*tails` gets the mask of the lanes in the tails.
static inline AVX512 __m512d central8(__m512d u, __mmask8 *tails) {
    static const double a[8] = PLANSIM_AS241_A, b[8] = PLANSIM_AS241_B;
    __m512d q = _mm512_sub_pd(u, SET8(0.5));
    __m512d absq = AND8(q, _mm512_castsi512_pd(SET8I(0x7fffffffffffffffULL)));
    *tails = (__mmask8)~_mm512_cmp_pd_mask(absq, SET8(0.425), _CMP_LE_OQ);
    __m512d r = _mm512_sub_pd(SET8(0.180625), _mm512_mul_pd(q, q));
    return _mm512_div_pd(_mm512_mul_pd(q, horner8v(a, r)), horner8v(b, r));
}

/// AS241's tail value of eight uniforms in the tails.
static inline AVX512 __m512d tail8(__m512d u) {
    static const double c[8] = PLANSIM_AS241_C, d[8] = PLANSIM_AS241_D, e[8] = PLANSIM_AS241_E,
                        f[8] = PLANSIM_AS241_F;
    __m512d q = _mm512_sub_pd(u, SET8(0.5));
    __m512d sign = AND8(q, SET8(-0.0));
    __mmask8 below = _mm512_cmp_pd_mask(q, SET8(0.0), _CMP_LT_OQ);
    __m512d tail = _mm512_mask_blend_pd(below, _mm512_sub_pd(SET8(1.0), u), u);
    __m512d t = _mm512_sqrt_pd(XOR8(log8(tail), SET8(-0.0)));
    __m512d near = _mm512_sub_pd(t, SET8(1.6));
    __m512d value = _mm512_div_pd(horner8v(c, near), horner8v(d, near));
    __mmask8 far = _mm512_cmp_pd_mask(t, SET8(5.0), _CMP_NLE_UQ);
    if (far != 0) {
        __m512d beyond = _mm512_sub_pd(t, SET8(5.0));
        value = _mm512_mask_blend_pd(far, value, _mm512_div_pd(horner8v(e, beyond), horner8v(f, beyond)));
    }
    return XOR8(value, sign);
}

/// As the AVX2 version: central values of a piece, then its tails eight at a time.
AVX512 void plansim_avx512_normals(plansim_stream2 *state, double *out, size_t n) {
    __m512i s[4];
    for (int w = 0; w < 4; w++) s[w] = _mm512_loadu_si512((const void *)&state->s[w][0]);
    double tailU[PLANSIM_STREAM2_PIECE + 8];
    uint32_t tailAt[PLANSIM_STREAM2_PIECE];
    for (size_t base = 0; base < n; base += PLANSIM_STREAM2_PIECE) {
        size_t m = n - base < PLANSIM_STREAM2_PIECE ? n - base : PLANSIM_STREAM2_PIECE, tails = 0;
        double *piece = out + base;
        for (size_t start = 0; start < m; start += PLANSIM_STREAM2_LANES) {
            __m512d u = uniform8(next8(s));
            __mmask8 mask;
            __m512d z = central8(u, &mask);
            if (start + PLANSIM_STREAM2_LANES <= m) {
                _mm512_storeu_pd(piece + start, z);
            } else {
                double round[PLANSIM_STREAM2_LANES];
                _mm512_storeu_pd(round, z);
                for (size_t l = 0; start + l < m; l++) piece[start + l] = round[l];
            }
            if (mask) {
                double lanes[PLANSIM_STREAM2_LANES];
                _mm512_storeu_pd(lanes, u);
                for (unsigned bits = mask; bits; bits &= bits - 1) {
                    size_t l = (size_t)__builtin_ctz(bits);
                    if (start + l >= m) break;
                    tailU[tails] = lanes[l];
                    tailAt[tails++] = (uint32_t)(start + l);
                }
            }
        }
        for (size_t j = tails; j < tails + 8; j++) tailU[j] = 0.25;   // padding, never written out
        for (size_t j = 0; j < tails; j += 8) {
            double z[8];
            _mm512_storeu_pd(z, tail8(_mm512_loadu_pd(tailU + j)));
            for (size_t i = 0; i < 8 && j + i < tails; i++) piece[tailAt[j + i]] = z[i];
        }
    }
    for (int w = 0; w < 4; w++) _mm512_storeu_si512((void *)&state->s[w][0], s[w]);
}

AVX512 void plansim_avx512_log(const double *x, double *y, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        __m512d v = _mm512_loadu_pd(x + i);
        __mmask8 fast = _mm512_cmp_pd_mask(v, SET8(0x1p-1022), _CMP_GE_OQ) &
                        _mm512_cmp_pd_mask(v, SET8(0x1.fffffffffffffp1023), _CMP_LE_OQ);
        if (fast == 0xFF) {
            _mm512_storeu_pd(y + i, log8(v));
        } else {
            for (size_t j = 0; j < 8; j++) y[i + j] = plansim_log1(x[i + j]);
        }
    }
    for (; i < n; i++) y[i] = plansim_log1(x[i]);
}
#endif

// The portable kernels: plain C, vectorized by the compiler for the baseline target
// (SSE2 on x86-64, NEON on arm64).
#pragma STDC FP_CONTRACT OFF

#include "SIMDKernels.h"
#include "ScalarKernels.h"
#include "Stream2Scalar.h"
#include "Versions.h"

static void portable_exp(const double *x, double *y, size_t n) {
    for (size_t i = 0; i < n; i++) y[i] = plansim_exp1(x[i]);
}

static void portable_exp_add(const double *x, double *acc, size_t n) {
    for (size_t i = 0; i < n; i++) acc[i] += plansim_exp1(x[i]);
}

/// In separate passes, each a simple loop the compiler vectorizes for the baseline target;
/// the exponentials go through a buffer on the stack, then into the four lane sums.
static void portable_histogram(const double *values, size_t n, double lower, double inverse, double top,
                               uint32_t *counts, int32_t *bins, plansim_series_pass *pass) {
    double mn = pass->minimum, mx = pass->maximum;
    for (size_t i = 0; i < n; i++) {
        double v = values[i];
        mn = v < mn ? v : mn;
        mx = v > mx ? v : mx;
    }
    for (size_t i = 0; i < n; i++) bins[i] = plansim_bin1(values[i], lower, inverse, top);
    enum { chunk = 256 };   // a multiple of 4, so lanes are (index mod 4) in every chunk
    double lane[4] = { 0, 0, 0, 0 }, e[chunk];
    size_t whole = n - (n & 3);
    for (size_t start = 0; start < n; start += chunk) {
        size_t m = n - start < chunk ? n - start : chunk;
        portable_exp(values + start, e, m);
        for (size_t j = 0; j < m; j++) lane[start + j < whole ? (j & 3) : 0] += e[j];
    }
    plansim_count_bins(values, bins, n, counts, pass);
    pass->minimum = mn;
    pass->maximum = mx;
    pass->exp_sum = (lane[0] + lane[1]) + (lane[2] + lane[3]);
}

static void portable_normals(plansim_stream2 *state, double *out, size_t n) {
    plansim_stream2_normals1(state, out, n);
}

static void portable_log(const double *x, double *y, size_t n) {
    for (size_t i = 0; i < n; i++) y[i] = plansim_log1(x[i]);
}

const plansim_kernels plansim_portable_kernels = {
    PLANSIM_SIMD_PORTABLE, "portable", portable_exp, portable_exp_add, portable_histogram, portable_normals, portable_log,
};

// The portable kernels: plain C, vectorized by the compiler for the baseline target
// (SSE2 on x86-64, NEON on arm64).
#pragma STDC FP_CONTRACT OFF

#include "SIMDKernels.h"
#include "ScalarKernels.h"
#include "Versions.h"

static void portable_exp(const double *x, double *y, size_t n) {
    for (size_t i = 0; i < n; i++) y[i] = plansim_exp1(x[i]);
}

static void portable_exp_add(const double *x, double *acc, size_t n) {
    for (size_t i = 0; i < n; i++) acc[i] += plansim_exp1(x[i]);
}

static void portable_histogram(const double *values, size_t n, double lower, double inverse, double top,
                               uint32_t *counts, int32_t *bins, plansim_series_pass *pass) {
    double lane[4] = { 0, 0, 0, 0 };
    plansim_histogram_finish(values, 0, n, lower, inverse, top, counts, bins, lane, pass->minimum, pass->maximum, pass);
}

const plansim_kernels plansim_portable_kernels = {
    PLANSIM_SIMD_PORTABLE, "portable", portable_exp, portable_exp_add, portable_histogram,
};

// The kernel versions this build has (Dispatch.c chooses among them).
#ifndef PLANSIM_VERSIONS_H
#define PLANSIM_VERSIONS_H

#include "SIMDKernels.h"

extern const plansim_kernels plansim_portable_kernels;
#if defined(__x86_64__)
extern const plansim_kernels plansim_avx2_kernels;
extern const plansim_kernels plansim_avx512_kernels;
// Stream 2's kernels of the vector versions (AVX2Stream2.c, AVX512Stream2.c).
void plansim_avx2_normals(plansim_stream2 *state, double *out, size_t n);
void plansim_avx2_log(const double *x, double *y, size_t n);
void plansim_avx512_normals(plansim_stream2 *state, double *out, size_t n);
void plansim_avx512_log(const double *x, double *y, size_t n);
#endif

#endif

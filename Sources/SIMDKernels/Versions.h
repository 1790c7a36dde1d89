// The kernel versions this build has (Dispatch.c chooses among them).
#ifndef PLANSIM_VERSIONS_H
#define PLANSIM_VERSIONS_H

#include "SIMDKernels.h"

extern const plansim_kernels plansim_portable_kernels;
#if defined(__x86_64__)
extern const plansim_kernels plansim_avx2_kernels;
extern const plansim_kernels plansim_avx512_kernels;
#endif

#endif

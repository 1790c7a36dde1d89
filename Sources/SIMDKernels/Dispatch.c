// Chooses the kernel version once per process: the widest the CPU has, or the one the
// environment variable PLANSIM_SIMD names.
#pragma STDC FP_CONTRACT OFF

#include "SIMDKernels.h"
#include "ScalarKernels.h"
#include "Versions.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

const plansim_kernels *plansim_kernels_for(plansim_simd_level level) {
    switch (level) {
    case PLANSIM_SIMD_PORTABLE:
        return &plansim_portable_kernels;
#if defined(__x86_64__)
    case PLANSIM_SIMD_AVX2:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") ? &plansim_avx2_kernels : NULL;
    case PLANSIM_SIMD_AVX512:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") ? &plansim_avx512_kernels : NULL;
#endif
    default:
        return NULL;
    }
}

/// The widest version at or below `level` that this CPU has.
static const plansim_kernels *widest(plansim_simd_level level) {
    for (int l = (int)level; l > PLANSIM_SIMD_PORTABLE; l--) {
        const plansim_kernels *k = plansim_kernels_for((plansim_simd_level)l);
        if (k) return k;
    }
    return &plansim_portable_kernels;
}

static const plansim_kernels *from_environment(void) {
    const char *name = getenv("PLANSIM_SIMD");
    if (!name || !*name || strcmp(name, "auto") == 0) return widest(PLANSIM_SIMD_AVX512);
    if (strcmp(name, "portable") == 0) return &plansim_portable_kernels;
    if (strcmp(name, "avx2") == 0) return widest(PLANSIM_SIMD_AVX2);
    if (strcmp(name, "avx512") == 0) return widest(PLANSIM_SIMD_AVX512);
    // Any other name runs as `auto`; the CLI warns about it in the user's language
    // (Sources/plansim/SIMDChoice.swift), so this layer prints nothing.
    return widest(PLANSIM_SIMD_AVX512);
}

static _Atomic(const plansim_kernels *) selected = NULL;

const plansim_kernels *plansim_kernels_selected(void) {
    const plansim_kernels *k = atomic_load_explicit(&selected, memory_order_acquire);
    if (k) return k;
    const plansim_kernels *chosen = from_environment();
    // Threads racing here all choose the same; the first store wins.
    if (atomic_compare_exchange_strong(&selected, &k, chosen)) return chosen;
    return k;
}

plansim_simd_level plansim_kernels_force(plansim_simd_level level) {
    plansim_simd_level before = plansim_kernels_selected()->level;
    atomic_store_explicit(&selected, widest(level), memory_order_release);
    return before;
}

/// a·b + c with a = b = 1 + 2⁻²⁷ and c = −(1 + 2⁻²⁶): unfused, a·b rounds to 1 + 2⁻²⁶
/// and the sum is 0; fused, the exact product keeps its 2⁻⁵⁴ and the sum is 2⁻⁵⁴.
/// `volatile` keeps the compiler from folding it at compile time.
int plansim_kernels_contracted(void) {
    volatile double a = 1.0 + 0x1p-27, c = -(1.0 + 0x1p-26);
    double x = a, y = a, z = c;
    double r = x * y + z;
    return r != 0.0;
}

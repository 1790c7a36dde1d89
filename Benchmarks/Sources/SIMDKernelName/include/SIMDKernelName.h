// The name of the SIMD kernel version the engine chose (`portable`, `avx2`, `avx512`),
// for benchmarks that print it beside their figures.
#ifndef BENCH_SIMD_KERNEL_NAME_H
#define BENCH_SIMD_KERNEL_NAME_H

const char *bench_simd_kernel_name(void);

#endif

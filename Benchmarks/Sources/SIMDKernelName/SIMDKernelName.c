// The engine's own choice (Sources/SIMDKernels/Dispatch.c): the widest version the CPU
// has, or the one PLANSIM_SIMD names. The symbol is linked in through the Simulation product.
#include "SIMDKernelName.h"
#include "../../../Sources/SIMDKernels/include/SIMDKernels.h"

const char *bench_simd_kernel_name(void) { return plansim_kernels_selected()->name; }

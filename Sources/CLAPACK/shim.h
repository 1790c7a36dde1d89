// The C surface plansim uses: CBLAS and LAPACKE from Debian's libopenblas-dev and
// liblapacke-dev, or from Homebrew's openblas (which bundles both; found through
// pkg-config). Only LinearAlgebra imports this module, with `internal import`.
#ifndef PLANSIM_CLAPACK_SHIM_H
#define PLANSIM_CLAPACK_SHIM_H
#include <cblas.h>
#include <lapacke.h>
/// Declared again in case the cblas.h found first is not OpenBLAS's own.
void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);
#endif

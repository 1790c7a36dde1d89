// Stream 2's normals at scale (issue 26): speed of each kernel version, then moments, the
// Kolmogorov–Smirnov distance to Φ and the correlation between neighbouring lanes over N
// draws (default 10⁸), from blocks seeded as Simulation/Random/LaneStream.swift seeds them.
// Built by run.sh together with the product's Sources/SIMDKernels.
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "SIMDKernels.h"
#include "Stream2Scalar.h"

static uint64_t splitmix(uint64_t *state) {
    *state += 0x9E3779B97F4A7C15ULL;
    uint64_t z = *state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/// LaneStream(seed:block:).
static void seed_lanes(plansim_stream2 *s, uint64_t seed, uint64_t block) {
    for (int lane = 0; lane < PLANSIM_STREAM2_LANES; lane++) {
        uint64_t key = (block * PLANSIM_STREAM2_LANES + (uint64_t)lane) ^ 0x5712EA2DA7A50002ULL;
        uint64_t mixer = seed ^ splitmix(&key);
        for (int w = 0; w < 4; w++) s->s[w][lane] = splitmix(&mixer);
    }
}

/// CPU time of this process (one thread): what the load of other processes changes least.
static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

enum { chunk = 1 << 16, bins = 1 << 24 };

/// `check raw`: block 0 of seed 20261207's raw 64-bit outputs in stream order (lane k mod 8),
/// to standard output without end, for a test battery (dieharder -g 200).
static int raw(void) {
    plansim_stream2 s;
    seed_lanes(&s, 20261207, 0);
    static uint64_t buffer[4096];
    for (;;) {
        for (int i = 0; i < 4096; i++) buffer[i] = plansim_stream2_next1(&s, i % PLANSIM_STREAM2_LANES);
        if (fwrite(buffer, sizeof buffer, 1, stdout) != 1) return 0;
    }
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "raw") == 0) return raw();
    long long n = argc > 1 ? atoll(argv[1]) : 100000000LL;
    static double z[chunk];
    const char *names[] = { "portable", "avx2", "avx512" };
    for (int level = 0; level < 3; level++) {
        const plansim_kernels *k = plansim_kernels_for((plansim_simd_level)level);
        if (!k) {
            printf("speed %-8s: not on this CPU\n", names[level]);
            continue;
        }
        plansim_stream2 s;
        seed_lanes(&s, 1, 0);
        long long m = 20000000;
        double start = now();
        for (long long done = 0; done < m; done += chunk) k->normals(&s, z, chunk);
        printf("speed %-8s: %.2f ns CPU per normal (one thread, %lld draws)\n", names[level], 1e9 * (now() - start) / m, m);
    }
    const plansim_kernels *k = plansim_kernels_selected();
    uint32_t *counts = calloc(bins, sizeof *counts);
    double s1 = 0, s2 = 0, s3 = 0, s4 = 0, sxy[PLANSIM_STREAM2_LANES] = { 0 };
    long long done = 0;
    for (uint64_t block = 0; done < n; block++) {
        plansim_stream2 s;
        seed_lanes(&s, 20261207, block);
        for (int c = 0; c < 16 && done < n; c++, done += chunk) {
            k->normals(&s, z, chunk);
            for (int i = 0; i < chunk; i++) {
                double v = z[i], v2 = v * v;
                s1 += v;
                s2 += v2;
                s3 += v2 * v;
                s4 += v2 * v2;
                double u = 0.5 * erfc(-v / sqrt(2.0));
                long b = (long)(u * bins);
                counts[b < bins ? b : bins - 1]++;
            }
            for (int i = 0; i < chunk; i += PLANSIM_STREAM2_LANES)
                for (int l = 0; l < PLANSIM_STREAM2_LANES; l++) sxy[l] += z[i + l] * z[i + (l + 1) % PLANSIM_STREAM2_LANES];
        }
    }
    double N = (double)done, cumulative = 0, gap = 0;
    uint32_t fullest = 0;
    for (long b = 0; b < bins; b++) {
        cumulative += counts[b];
        double d = fabs(cumulative / N - (double)(b + 1) / bins);
        gap = d > gap ? d : gap;
        fullest = counts[b] > fullest ? counts[b] : fullest;
    }
    printf("draws %.0f (kernels %s, blocks of %d)\n", N, k->name, 16 * chunk);
    printf("mean %.3e (SE %.1e)  variance-1 %.3e (SE %.1e)  skewness %.3e (SE %.1e)  excess kurtosis %.3e (SE %.1e)\n",
           s1 / N, sqrt(1 / N), s2 / N - 1, sqrt(2 / N), s3 / N, sqrt(6 / N), s4 / N - 3, sqrt(24 / N));
    printf("KS distance between %.3e and %.3e; sqrt(N)*D <= %.3f (0.1%% point 1.95)\n", gap, gap + fullest / N,
           sqrt(N) * (gap + fullest / N));
    double lanes = N / PLANSIM_STREAM2_LANES, worst = 0;
    for (int l = 0; l < PLANSIM_STREAM2_LANES; l++) worst = fmax(worst, fabs(sxy[l] / lanes));
    printf("largest correlation of neighbouring lanes %.3e (SE %.1e)\n", worst, sqrt(1 / lanes));
    return 0;
}

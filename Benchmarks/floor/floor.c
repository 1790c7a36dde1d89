/* The machine's floor for a Monte Carlo run: the least time any engine needs for the work
 * no engine can skip.
 *
 * usage: floor NORMALS EXPS VALUES [THREADS]
 *
 * Times, on THREADS threads (default 2) and then on one:
 *   - NORMALS standard normals: xoshiro256++ and the 128-layer ziggurat (Doornik's ZIGNOR),
 *     the generator plansim and the numba peer use, one stream per block of 512 paths;
 *   - EXPS exponentials over AVX2 lanes: Cody-Waite reduction and a degree-13 FMA
 *     polynomial (relative error below 2e-16), summed as the means need;
 *   - one histogram pass over VALUES log levels: extremes, a bin index (clamp and truncate)
 *     and the scattered increment, into 137 series x 2,050 bins of 32-bit counts (1.1 MB,
 *     the size of plansim's per-worker histograms).
 * Prints ns per operation, the CPU seconds of each part and in all, and the wall time.
 * Built by Benchmarks/compare.sh floor with `cc -O2 -mavx2 -mfma -pthread`.
 */
#include <immintrin.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BLOCK 512
#define SERIES 137
#define BINS 2048

static double zx[129], zr[128];
static const double ZIG_R = 3.442619855899, ZIG_V = 9.91256303526217e-3;

static void tables(void) {
    double f = exp(-0.5 * ZIG_R * ZIG_R);
    zx[0] = ZIG_V / f; zx[1] = ZIG_R; zx[128] = 0;
    for (int i = 2; i < 128; i++) { zx[i] = sqrt(-2 * log(ZIG_V / zx[i - 1] + f)); f = exp(-0.5 * zx[i] * zx[i]); }
    for (int i = 0; i < 128; i++) zr[i] = zx[i + 1] / zx[i];
}

typedef struct { uint64_t s[4]; } rng_t;

static uint64_t splitmix(uint64_t *state) {
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static rng_t seeded(uint64_t seed, uint64_t block) {
    uint64_t m = block * 0xD1B54A32D192ED03ull, s = seed ^ splitmix(&m);
    rng_t r;
    for (int i = 0; i < 4; i++) r.s[i] = splitmix(&s);
    return r;
}

static inline uint64_t next(rng_t *r) {
    uint64_t *s = r->s, t0 = s[0] + s[3];
    uint64_t result = ((t0 << 23) | (t0 >> 41)) + s[0], t = s[1] << 17;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t;
    s[3] = (s[3] << 45) | (s[3] >> 19);
    return result;
}

static inline double uniform(rng_t *r) { return (double)(next(r) >> 11) * 0x1p-53; }

static double slow(rng_t *r, double u, int i) {
    if (i == 0) {
        double t, y;
        do { t = log(1 - uniform(r)) / ZIG_R; y = log(1 - uniform(r)); } while (-2 * y < t * t);
        return u < 0 ? t - ZIG_R : ZIG_R - t;
    }
    double v = u * zx[i];
    double f0 = exp(-0.5 * (zx[i] * zx[i] - v * v)), f1 = exp(-0.5 * (zx[i + 1] * zx[i + 1] - v * v));
    return f1 + uniform(r) * (f0 - f1) < 1 ? v : NAN;
}

static inline double normal(rng_t *r) {
    for (;;) {
        uint64_t bits = next(r);
        double u = (double)((int64_t)bits >> 11) * 0x1p-52;
        int i = (int)(bits & 0x7F);
        if (fabs(u) < zr[i]) return u * zx[i];
        double v = slow(r, u, i);
        if (v == v) return v;
    }
}

/* exp over four lanes: x = n ln2 + r, |r| <= ln2/2, e^r by Horner with FMA, 2^n by the exponent bits. */
static inline __m256d exp4(__m256d x) {
    const __m256d log2e = _mm256_set1_pd(1.4426950408889634), ln2hi = _mm256_set1_pd(6.93147180369123816490e-01),
                  ln2lo = _mm256_set1_pd(1.90821492927058770002e-10);
    x = _mm256_max_pd(_mm256_min_pd(x, _mm256_set1_pd(709.0)), _mm256_set1_pd(-708.0));
    __m256d n = _mm256_round_pd(_mm256_mul_pd(x, log2e), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m256d r = _mm256_fnmadd_pd(n, ln2lo, _mm256_fnmadd_pd(n, ln2hi, x));
    static const double c[14] = {1.0, 1.0, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320,
                                 1.0 / 362880, 1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800.0};
    __m256d p = _mm256_set1_pd(c[13]);
    for (int k = 12; k >= 0; k--) p = _mm256_fmadd_pd(p, r, _mm256_set1_pd(c[k]));
    __m256i e = _mm256_slli_epi64(_mm256_add_epi64(_mm256_cvtepi32_epi64(_mm256_cvtpd_epi32(n)), _mm256_set1_epi64x(1023)), 52);
    return _mm256_mul_pd(p, _mm256_castsi256_pd(e));
}

typedef struct {
    long normals, exps, values;
    int worker, threads;
    double sink, cpu[3];
} job_t;

static double cpu_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

static double wall_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

static void *work(void *arg) {
    job_t *j = arg;
    double *buf = aligned_alloc(64, BLOCK * sizeof(double)), sink = 0;
    uint32_t *counts = calloc((size_t)SERIES * (BINS + 2), sizeof(uint32_t));
    int32_t *bin = malloc(BLOCK * sizeof(int32_t));
    memset(counts, 0, (size_t)SERIES * (BINS + 2) * sizeof(uint32_t));  /* touch the pages before timing */
    /* Normals: blocks w, w+T, ... of 512 x 154 draws, each from its own stream. */
    double t = cpu_now();
    long per = BLOCK * 154L, blocks = (j->normals + per - 1) / per;
    for (long b = j->worker; b < blocks; b += j->threads) {
        rng_t r = seeded(1, (uint64_t)b);
        long count = b == blocks - 1 ? j->normals - b * per : per;
        for (long k = 0; k < count; k++) sink += normal(&r);
    }
    j->cpu[0] = cpu_now() - t;
    /* Values for the other two parts: log levels around 3 with spread 0.3. */
    rng_t r = seeded(2, (uint64_t)j->worker);
    for (int p = 0; p < BLOCK; p++) buf[p] = 3 + 0.3 * normal(&r);
    t = cpu_now();
    long mine = j->exps / j->threads + (j->worker < j->exps % j->threads);
    __m256d acc = _mm256_setzero_pd();
    for (long done = 0; done < mine; done += BLOCK) {
        long count = mine - done < BLOCK ? mine - done : BLOCK;
        long p = 0;
        for (; p + 4 <= count; p += 4) acc = _mm256_add_pd(acc, exp4(_mm256_load_pd(buf + p)));
        for (; p < count; p++) sink += exp(buf[p]);
    }
    double lanes[4];
    _mm256_storeu_pd(lanes, acc);
    sink += lanes[0] + lanes[1] + lanes[2] + lanes[3];
    j->cpu[1] = cpu_now() - t;
    t = cpu_now();
    mine = j->values / j->threads + (j->worker < j->values % j->threads);
    const double lo = 1.0, inverse = BINS / 4.0, top = BINS + 1;
    double mn = INFINITY, mx = -INFINITY;
    int s = 0;
    for (long done = 0; done < mine; done += BLOCK, s = (s + 1) % SERIES) {
        long count = mine - done < BLOCK ? mine - done : BLOCK;
        uint32_t *row = counts + (size_t)s * (BINS + 2);
        for (long p = 0; p < count; p++) { mn = buf[p] < mn ? buf[p] : mn; mx = buf[p] > mx ? buf[p] : mx; }
        for (long p = 0; p < count; p++) {
            double x = (buf[p] - lo) * inverse + 1;
            x = x > 0 ? x : 0;
            bin[p] = (int32_t)(x < top ? x : top);
        }
        for (long p = 0; p < count; p++) row[bin[p]]++;
    }
    j->cpu[2] = cpu_now() - t;
    j->sink = sink + mn + mx + counts[BINS / 2];
    free(buf); free(counts); free(bin);
    return NULL;
}

static void run(long normals, long exps, long values, int threads) {
    pthread_t tid[64];
    job_t jobs[64];
    double start = wall_now();
    for (int w = 0; w < threads; w++) {
        jobs[w] = (job_t){normals, exps, values, w, threads, 0, {0, 0, 0}};
        pthread_create(&tid[w], NULL, work, &jobs[w]);
    }
    double cpu[3] = {0, 0, 0}, sink = 0;
    for (int w = 0; w < threads; w++) {
        pthread_join(tid[w], NULL);
        for (int k = 0; k < 3; k++) cpu[k] += jobs[w].cpu[k];
        sink += jobs[w].sink;
    }
    double wall = wall_now() - start, total = cpu[0] + cpu[1] + cpu[2];
    printf("floor threads=%d normals %ld: %.2f ns each, %.3f s CPU; exps %ld: %.2f ns each, %.3f s CPU; "
           "histogram %ld values: %.2f ns each, %.3f s CPU\n",
           threads, normals, 1e9 * cpu[0] / normals, cpu[0], exps, 1e9 * cpu[1] / exps, cpu[1], values,
           1e9 * cpu[2] / values, cpu[2]);
    printf("floor threads=%d total %.3f s CPU, %.3f s wall%s\n", threads, total, wall, sink == 42 ? " " : "");
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: floor NORMALS EXPS VALUES [THREADS]\n");
        return 1;
    }
    tables();
    long normals = atol(argv[1]), exps = atol(argv[2]), values = atol(argv[3]);
    int threads = argc > 4 ? atoi(argv[4]) : 2;
    if (threads < 1 || threads > 64) threads = 2;
    run(normals, exps, values, threads);
    if (threads > 1) run(normals, exps, values, 1);
    return 0;
}

"""Strong numba peer of plansim's Monte Carlo benchmark: what a competent engineer writes.

Reads the `simulation` section of `plansim fit --json` (the equations and parameters plansim
runs) and simulates it the way plansim does, compiled by numba:

- `parallel=True`: one `prange` iteration per thread, each taking blocks w, w+T, ... of 512
  paths held in structure-of-arrays buffers allocated once per thread;
- xoshiro256++ seeded per (seed, block) by SplitMix64, normals by the 128-layer ziggurat in
  Doornik's ZIGNOR form, Student-t shock scales by Marsaglia & Tsang's gamma, mixture
  components by one uniform per path and indicator: the same generator and draw order as
  plansim, so with plansim's seed the two runs see the same random numbers;
- the same equations: damped/constant/AR(1) growth with parameter uncertainty (Cholesky),
  the linked core (investment -> perpetual-inventory capital -> output -> new employment),
  period-sum and level targets;
- streaming reduction: per thread one log-scale histogram (2,048 bins, range from a pilot
  block), min, max and sum of levels per reported series, and target hit counts; memory is
  flat in the number of paths.

The generator is in random_numba.py, the spec's arrays are built by montecarlo_spec.py.
Not modelled (the baseline has none; refused if present): scenario adjustments, logistic and
Gompertz rules, actual values inside the simulated years, a non-identity shock correlation
(the fit JSON does not carry it; the baseline's is the identity).

usage: montecarlo_numba.py FIT_JSON PATHS [--threads T] [--seed S] [--check RUN_JSON]
prints `strong montecarlo PATHS threads=T import_ms=… warmup_ms=… compute_cpu_ms=… compute_ms=…`,
where compute is the full run (CPU time of all threads, and wall time) after a warm-up run of
two blocks (which loads or compiles the kernels), the target probabilities, and with --check plansim's and the largest |Δp|/SE.
"""
import time

_t0 = time.perf_counter()
import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402

import numba  # noqa: E402
import numpy as np  # noqa: E402
from numba import njit, prange  # noqa: E402

from montecarlo_spec import build_model  # noqa: E402
from random_numba import ZR, ZX, _normal, _seed, _uniform  # noqa: E402

IMPORT_MS = (time.perf_counter() - _t0) * 1e3

BLOCK = 512
BINS = 2048
QS = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95]

# The pilot block's stream, as plansim seeds it.
PILOT_XOR = 0x5EEDF00D


@njit(cache=True, fastmath=False)
def _block(seed, block, paths, m, zx, zr, out, met, par, lin, scale, ubuf, mask, state, eps, prev, cap, acc, draw):
    """Simulates one block of `paths` paths into `out[series, path]` (log levels, log sums)
    and counts the paths meeting each target into `met`: plansim's BlockKernel.run."""
    (n, years, first, proc_ind, proc_kind, proc_m, proc_off, proc_mean, proc_chol, proc_sd, proc_start,
     proc_last, proc_mix, mix_lo, mix_hi, mix_first, damp_w, dof, has_linked, lk_mean, lk_sd, lk_lo, lk_hi,
     lk_idx, lk_start, output0, plan_end, tfp_w, lk_sdv, t_ind, t_sum, t_goal, t_first, t_last, t_series, t_year) = m
    s0, s1, s2, s3 = _seed(seed, block)
    # Parameters of the univariate processes: m normals per path, through the Cholesky factor.
    for k in range(proc_ind.shape[0]):
        mk = proc_m[k]
        for p in range(paths):
            for j in range(mk):
                draw[j], s0, s1, s2, s3 = _normal(s0, s1, s2, s3, zx, zr)
            for j in range(mk):
                v = proc_mean[k, j]
                for i in range(j + 1):
                    v += proc_chol[k, j, i] * draw[i]
                par[proc_off[k] + j, p] = v
    if has_linked:
        for j in range(8):
            for p in range(paths):
                z, s0, s1, s2, s3 = _normal(s0, s1, s2, s3, zx, zr)
                lin[j, p] = min(max(lk_mean[j] + lk_sd[j] * z, lk_lo[j]), lk_hi[j])
    # Student-t scales sqrt(nu / chi2_nu), chi2_nu = 2 Gamma(nu/2) by Marsaglia & Tsang.
    for i in range(n):
        nu = dof[i]
        if not math.isfinite(nu):
            continue
        d = nu / 2 - 1.0 / 3
        c = 1 / math.sqrt(9 * d)
        for p in range(paths):
            while True:
                x, s0, s1, s2, s3 = _normal(s0, s1, s2, s3, zx, zr)
                v0 = 1 + c * x
                if v0 <= 0:
                    continue
                v = v0 * v0 * v0
                u, s0, s1, s2, s3 = _uniform(s0, s1, s2, s3)
                if u < 1 - 0.0331 * x * x * x * x or math.log(u) < 0.5 * x * x + d * (1 - v + math.log(v)):
                    scale[i, p] = math.sqrt(nu / (2 * d * v))
                    break
    # Mixtures: one uniform per path and indicator, drawn at its first component.
    for k in range(proc_ind.shape[0]):
        if not proc_mix[k]:
            continue
        i = proc_ind[k]
        if mix_first[k]:
            for p in range(paths):
                ubuf[i, p], s0, s1, s2, s3 = _uniform(s0, s1, s2, s3)
        for p in range(paths):
            mask[k, p] = 1.0 if mix_lo[k] <= ubuf[i, p] < mix_hi[k] else 0.0
    # Starting state.
    for k in range(proc_ind.shape[0]):
        for p in range(paths):
            state[proc_ind[k], p] = proc_start[k]
            prev[k, p] = proc_last[k]
    if has_linked:
        for r in range(3):
            for p in range(paths):
                state[lk_idx[r], p] = lk_start[r]
        for p in range(paths):
            cap[p] = lin[7, p] * output0
    acc[:, :paths] = 0.0
    for y in range(years):
        year = first + y
        for i in range(n):
            for p in range(paths):
                eps[i, p], s0, s1, s2, s3 = _normal(s0, s1, s2, s3, zx, zr)
            if math.isfinite(dof[i]):
                for p in range(paths):
                    eps[i, p] *= scale[i, p]
        if has_linked:
            inv, outp, jobs = lk_idx[0], lk_idx[1], lk_idx[2]
            g = 5 if year <= plan_end else 6
            w = tfp_w[y]
            for p in range(paths):
                state[inv, p] += lin[g, p] + lk_sdv[0] * eps[inv, p]
                old = cap[p]
                cap[p] = (1 - lin[1, p]) * old + math.exp(state[inv, p])
                before = state[outp, p]
                state[outp, p] += (lin[3, p] + (lin[2, p] - lin[3, p]) * w + lk_sdv[1] * eps[outp, p]
                                   + lin[0, p] * math.log(cap[p] / old))
                state[jobs, p] += lin[4, p] * (state[outp, p] - before) + lk_sdv[2] * eps[jobs, p]
        for k in range(proc_ind.shape[0]):
            i, sd, o = proc_ind[k], proc_sd[k], proc_off[k]
            wk = damp_w[k, y]
            for p in range(paths):
                before = state[i, p]
                if proc_kind[k] == 0:
                    after = before + par[o, p] + sd * eps[i, p]
                elif proc_kind[k] == 1:
                    after = before + par[o + 1, p] + (par[o, p] - par[o + 1, p]) * wk + sd * eps[i, p]
                else:
                    gr = par[o, p] + par[o + 1, p] * prev[k, p] + sd * eps[i, p]
                    prev[k, p] = gr
                    after = before + gr
                state[i, p] = before + mask[k, p] * (after - before) if proc_mix[k] else after
        for i in range(n):
            out[i * years + y, :paths] = state[i, :paths]
        for t in range(t_ind.shape[0]):
            if t_sum[t] and t_first[t] <= year <= t_last[t]:
                i = t_ind[t]
                for p in range(paths):
                    acc[t, p] += math.exp(state[i, p])
    for t in range(t_ind.shape[0]):
        count = 0
        if t_sum[t]:
            row = t_series[t]
            for p in range(paths):
                out[row, p] = math.log(acc[t, p])
                count += acc[t, p] >= t_goal[t]
        else:
            row = t_ind[t] * years + (t_year[t] - first)
            for p in range(paths):
                count += out[row, p] >= t_goal[t]
        met[t] += count


@njit(cache=True, fastmath=True)
def _accumulate(out, paths, lower, inverse, hist, sums, mins, maxs):
    """Adds one block's values of every series to the thread's histograms, sums and extremes."""
    top = float(BINS + 1)
    for s in range(out.shape[0]):
        lo, inv = lower[s], inverse[s]
        mn, mx, total = mins[s], maxs[s], 0.0
        for p in range(paths):
            v = out[s, p]
            mn = min(mn, v)
            mx = max(mx, v)
            total += math.exp(v)
        for p in range(paths):
            hist[s, np.int64(min(max((out[s, p] - lo) * inv + 1, 0.0), top))] += 1
        mins[s], maxs[s], sums[s] = mn, mx, sums[s] + total


@njit(cache=True, parallel=True)
def simulate(m, series, targets, paths, seed, threads, lower, inverse, zx, zr):
    """The whole run on `threads` workers; returns each worker's histograms, sums, extremes, hits."""
    n, nproc = m[0], m[3].shape[0]
    nblocks = (paths + BLOCK - 1) // BLOCK
    hist = np.zeros((threads, series, BINS + 2), np.uint32)
    sums = np.zeros((threads, series))
    mins = np.full((threads, series), np.inf)
    maxs = np.full((threads, series), -np.inf)
    met = np.zeros((threads, targets), np.int64)
    for w in prange(threads):
        out = np.empty((series, BLOCK))
        par = np.empty((max(m[6][-1] + m[5][-1], 1) if nproc > 0 else 1, BLOCK))
        lin, scale, ubuf = np.empty((8, BLOCK)), np.ones((n, BLOCK)), np.empty((n, BLOCK))
        mask, state, eps = np.ones((max(nproc, 1), BLOCK)), np.zeros((n, BLOCK)), np.empty((n, BLOCK))
        prev, cap, acc = np.zeros((max(nproc, 1), BLOCK)), np.empty(BLOCK), np.zeros((max(targets, 1), BLOCK))
        draw = np.empty(16)
        b = w
        while b < nblocks:
            count = min(BLOCK, paths - b * BLOCK)
            _block(seed, b, count, m, zx, zr, out, met[w], par, lin, scale, ubuf, mask, state, eps, prev, cap, acc, draw)
            _accumulate(out, count, lower, inverse, hist[w], sums[w], mins[w], maxs[w])
            b += threads
    return hist, sums, mins, maxs, met


def pilot_ranges(m, series, paths, seed):
    """Histogram ranges from a pilot block, widened as plansim widens them."""
    n, years = m[0], m[1]
    nproc, targets = m[3].shape[0], m[29].shape[0]
    out = np.empty((series, BLOCK))
    count = min(BLOCK, max(paths, 256))
    _block(seed ^ PILOT_XOR, 0, count, m, ZX, ZR, out, np.zeros(targets, np.int64), np.empty((max(int(m[5].sum()), 1), BLOCK)),
           np.empty((8, BLOCK)), np.ones((n, BLOCK)), np.empty((n, BLOCK)), np.ones((max(nproc, 1), BLOCK)),
           np.zeros((n, BLOCK)), np.empty((n, BLOCK)), np.zeros((max(nproc, 1), BLOCK)), np.empty(BLOCK),
           np.zeros((max(targets, 1), BLOCK)), np.empty(16))
    lo, hi = out[:, :count].min(axis=1), out[:, :count].max(axis=1)
    span = hi - lo
    lower, upper = lo - 0.75 * span - 0.05, hi + 0.75 * span + 0.05
    return lower, 1 / np.maximum((upper - lower) / BINS, 1e-12), np.maximum((upper - lower) / BINS, 1e-12)


def quantile(q, counts, lower, width, lo, hi, n):
    """plansim's Histograms.quantile: the bin where the count reaches q*n, interpolated in log level."""
    if lo == hi:
        return math.exp(lo)
    goal = q * n
    cumulative = np.cumsum(counts)
    b = int(np.searchsorted(cumulative, goal))
    while counts[b] == 0:
        b += 1
    below = cumulative[b] - counts[b]
    frac = (goal - below) / counts[b]
    value = lo if b == 0 else hi if b == BINS + 1 else lower + (b - 1 + frac) * width
    return math.exp(min(max(value, lo), hi))


def run(spec, paths, seed, threads):
    """A whole run: pilot, simulation, quantile table; returns (table, probabilities)."""
    m, series = build_model(spec)
    lower, inverse, width = pilot_ranges(m, series, paths, seed)
    parts = simulate(m, series, m[29].shape[0], paths, seed, threads, lower, inverse, ZX, ZR)
    # Merging the threads' partial results: integer counts, so exact in any order.
    hist, sums = parts[0].astype(np.int64).sum(axis=0), parts[1].sum(axis=0)
    mins, maxs, met = parts[2].min(axis=0), parts[3].max(axis=0), parts[4].sum(axis=0)
    table = [(sums[s] / paths, [quantile(q, hist[s], lower[s], width[s], mins[s], maxs[s], paths) for q in QS])
             for s in range(series)]
    return table, [int(c) / paths for c in met]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("fit_json")
    parser.add_argument("paths", type=int)
    parser.add_argument("--threads", type=int, default=numba.config.NUMBA_NUM_THREADS)
    parser.add_argument("--seed", type=int, default=20210929)
    parser.add_argument("--check", help="plansim's run --json output to compare with")
    args = parser.parse_args()
    numba.set_num_threads(args.threads)
    spec = json.load(open(args.fit_json))["simulation"]
    start = time.perf_counter()
    run(spec, 2 * BLOCK, args.seed, args.threads)
    warm, warm_cpu = time.perf_counter(), time.process_time()
    table, probabilities = run(spec, args.paths, args.seed, args.threads)
    done, done_cpu = time.perf_counter(), time.process_time()
    print("strong montecarlo %d threads=%d import_ms=%.0f warmup_ms=%.0f compute_cpu_ms=%.1f compute_ms=%.1f"
          % (args.paths, args.threads, IMPORT_MS, (warm - start) * 1e3, (done_cpu - warm_cpu) * 1e3, (done - warm) * 1e3))
    print("strong probabilities " + " ".join("%.4f" % p for p in probabilities))
    if args.check:
        check(json.load(open(args.check)), spec, table, probabilities, args.paths)


def check(ours, spec, table, probabilities, paths):
    """Largest |Δp|/SE over the targets (SE of a difference of two independent estimates,
    which over-states it when both runs share the seed) and the largest relative difference
    of the medians and means of the table."""
    n2 = ours["paths"]
    worst = 0.0
    for p, t in zip(probabilities, ours["targets"]):
        q = t["probability"]
        pooled = (p * paths + q * n2) / (paths + n2)
        se = math.sqrt(max(pooled * (1 - pooled), 1e-12) * (1 / paths + 1 / n2))
        worst = max(worst, abs(p - q) / se)
    years = spec["horizon"] - spec["first_year"] + 1
    rel_median = rel_mean = 0.0
    # results.json reports the P1–P99 mean (`mean_p1_p99`) since the plain mean was dropped
    # (the levels have no finite mean): the peer's plain means are compared only with a file
    # that still has them.
    means = False
    for i, ind in enumerate(ours["indicators"]):
        for y, row in enumerate(ind["years"]):
            mean, qs = table[i * years + y]
            rel_median = max(rel_median, abs(qs[3] / row["p50"] - 1))
            if "mean" in row:
                means = True
                rel_mean = max(rel_mean, abs(mean / row["mean"] - 1))
    print("plansim probabilities " + " ".join("%.4f" % t["probability"] for t in ours["targets"]))
    print("strong check: max |dp|/SE = %.2f over %d targets; medians within %.2g, means %s (relative)"
          % (worst, len(probabilities), rel_median, "within %.2g" % rel_mean if means else "not in results.json"))


if __name__ == "__main__":
    main()

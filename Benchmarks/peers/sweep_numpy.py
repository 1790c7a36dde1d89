"""Strong numpy peer of plansim's sweep benchmark: what a competent engineer writes.

usage: sweep_numpy.py FIT_JSON [--n N] [--repeat R] [--check SWEEP_DIR]

The sweep of peers/sweep_bench.scn (8 inputs, Saltelli with second order, N = 8192:
147,456 runs, measure: the 2025 industrial output target ratio on the deterministic path),
written directly in numpy:

- the same Sobol' points as plansim (Joe & Kuo direction numbers, Gray-code order, point 0
  skipped), generated for all N points at once by a cumulative XOR, in SALib's row layout;
- a vectorised model of only what the measure needs: the linked core's investment, capital
  and output from 2021 to 2025 (employment, the other indicators and the years after 2025
  do not enter the measure);
- Sobol' first, total (Jansen) and second order indices on the standardised outputs, as
  plansim and SALib compute them, and the 100-resample bootstrap as one matrix product:
  a (resamples + 1) x N matrix of how often each base row is drawn times an N x M matrix
  of the per-row terms of every estimator (row 0 all ones: the full-sample estimate).

Prints `strong sweep RUNS runs import_ms=… compute_cpu_ms=… compute_ms=…` (compute: design,
model, indices and bootstrap; median of R), and with --check the largest differences from
plansim's samples.csv, outputs.csv and indices.json in SWEEP_DIR.
"""
import time

_t0 = time.perf_counter()
import argparse  # noqa: E402
import json
import os  # noqa: E402
import math  # noqa: E402

import numpy as np  # noqa: E402

IMPORT_MS = (time.perf_counter() - _t0) * 1e3

NAMES = ["linked.capital_elasticity", "linked.depreciation", "linked.tfp_growth_now", "linked.tfp_growth_long_run",
         "linked.employment_elasticity", "linked.investment_growth_plan", "linked.investment_growth_long_run",
         "retail_sales.growth"]
LOW = np.array([0.25, 0.06, 0.01, 0.005, 0.3, 0.20, 0.02, 0.01])
HIGH = np.array([0.45, 0.10, 0.05, 0.025, 0.9, 0.36, 0.06, 0.05])
# Joe & Kuo (2008) new-joe-kuo-6.21201: (s, a, m_1..m_s) for dimensions 2..16.
JOE_KUO = [(1, 0, [1]), (2, 1, [1, 3]), (3, 1, [1, 3, 1]), (3, 2, [1, 1, 1]), (4, 1, [1, 1, 3, 3]), (4, 4, [1, 3, 5, 13]),
           (5, 2, [1, 1, 5, 5, 17]), (5, 4, [1, 1, 5, 5, 5]), (5, 7, [1, 1, 7, 11, 19]), (5, 11, [1, 1, 5, 1, 1]),
           (5, 13, [1, 1, 1, 3, 11]), (5, 14, [1, 3, 5, 5, 31]), (6, 1, [1, 3, 3, 9, 7, 49]), (6, 13, [1, 1, 1, 15, 21, 21]),
           (6, 16, [1, 3, 1, 13, 27, 49])]
RESAMPLES = 100


def directions(d):
    """Direction numbers v[j][bit] as uint32, d x 32."""
    v = np.zeros((d, 32), np.uint64)
    v[0] = [1 << (31 - i) for i in range(32)]
    for j in range(1, d):
        s, a, m = JOE_KUO[j - 1]
        row = [m[i] << (31 - i) for i in range(s)] + [0] * (32 - s)
        for i in range(s, 32):
            x = row[i - s] ^ (row[i - s] >> s)
            for k in range(1, s):
                if (a >> (s - 1 - k)) & 1:
                    x ^= row[i - k]
            row[i] = x
        v[j] = row
    return v.astype(np.uint32)


def sobol(n, d):
    """Points 1..n of the unscrambled Sobol' sequence (Gray-code order), n x d: point i is
    point i-1 XOR the direction number of the lowest set bit of i."""
    i = np.arange(1, n + 1)
    lowest = np.log2(i & -i).astype(np.int64)
    x = np.bitwise_xor.accumulate(directions(d)[:, lowest].T, axis=0)
    return x * 2.0 ** -32


def saltelli(n, k):
    """Saltelli's rows with second order in SALib's layout: per base point A, AB_1..AB_k,
    BA_1..BA_k, B; returned as (n, 2k + 2, k) on the inputs' scale."""
    p = sobol(n, 2 * k)
    a, b = p[:, :k], p[:, k:]
    group = np.empty((n, 2 * k + 2, k))
    group[:, 0] = a
    group[:, 1:k + 1] = a[:, None, :]
    group[:, k + 1:2 * k + 1] = b[:, None, :]
    j = np.arange(k)
    group[:, 1 + j, j] = b
    group[:, k + 1 + j, j] = a
    group[:, 2 * k + 1] = b
    return LOW + (HIGH - LOW) * group


def damping(anchor, convergence, horizon):
    phi = 0.05 ** (1 / max(convergence - anchor - 1, 1))
    return [phi ** max(k - 1, 0) for k in range(0, max(0, horizon - anchor) + 1)]


def measure(x, lk, first, horizon, target):
    """Output in 2025 / its target on the deterministic path, for every row of x (.., 8)."""
    alpha, delta = x[..., 0], x[..., 1]
    tfp_now, tfp_lr = np.log1p(x[..., 2]), np.log1p(x[..., 3])
    g_plan = np.log1p(x[..., 5])
    tw = damping(lk["output_anchor_year"], lk["long_run_year"], horizon)
    capital = lk["mean"][7] * lk["output_base"]
    log_i = math.log(lk["investment_base"])
    log_y = np.full(alpha.shape, math.log(lk["output_base"]))
    for year in range(first, 2026):
        log_i = log_i + g_plan
        old = capital
        capital = (1 - delta) * old + np.exp(log_i)
        w = tw[min(max(year - lk["output_anchor_year"], 0), len(tw) - 1)]
        log_y = log_y + (tfp_lr + (tfp_now - tfp_lr) * w + alpha * np.log(capital / old))
    return np.exp(log_y) / target


def indices(y, k, seed):
    """First, total and second order indices with bootstrap half-widths: one matrix product."""
    n = y.shape[0]
    z = (y - y.mean()) / y.std()
    a, b = z[:, 0], z[:, -1]
    ab, ba = z[:, 1:k + 1], z[:, k + 1:2 * k + 1]
    d = ab - a[:, None]
    jj, ll = np.triu_indices(k, 1)
    terms = np.concatenate([np.stack([a + b, a * a + b * b], axis=1), b[:, None] * d, d * d,
                            ba[:, jj] * ab[:, ll] - (a * b)[:, None]], axis=1)
    picks = np.random.default_rng(seed).integers(0, n, (RESAMPLES, n))
    counts = np.bincount((picks + n * np.arange(1, RESAMPLES + 1)[:, None]).ravel(), minlength=(RESAMPLES + 1) * n)
    counts = counts.reshape(RESAMPLES + 1, n).astype(np.float64)
    counts[0] = 1
    sums = (counts @ terms) / n
    mean = sums[:, 0] / 2
    v = sums[:, 1] / 2 - mean * mean
    s1 = sums[:, 2:2 + k] / v[:, None]
    st = 0.5 * sums[:, 2 + k:2 + 2 * k] / v[:, None]
    s2 = sums[:, 2 + 2 * k:] / v[:, None] - s1[:, jj] - s1[:, ll]
    conf = lambda e: 1.959963984540054 * e[1:].std(axis=0, ddof=1)  # noqa: E731
    return s1[0], conf(s1), st[0], conf(st), s2[0], conf(s2)


def compute(spec, n):
    lk, first, horizon = spec["linked"], spec["first_year"], spec["horizon"]
    target = next(t["target"] for t in spec["targets"] if t["indicator"] == "industrial_output")
    x = saltelli(n, len(NAMES))
    y = measure(x, lk, first, horizon, target)
    return x, y, indices(y, len(NAMES), 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("fit_json")
    parser.add_argument("--n", type=int, default=8192)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--check", help="plansim's sweep output folder")
    args = parser.parse_args()
    spec = json.load(open(args.fit_json))["simulation"]
    walls, cpus = [], []
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        x, y, result = compute(spec, args.n)
        walls.append((time.perf_counter() - start) * 1e3)
        cpus.append((time.process_time() - start_cpu) * 1e3)
    print("strong sweep %d runs import_ms=%.0f compute_cpu_ms=%.1f compute_ms=%.1f"
          % (y.size, IMPORT_MS, sorted(cpus)[len(cpus) // 2], sorted(walls)[len(walls) // 2]))
    s1, s1c, st, stc, s2, _ = result
    print("strong ST " + " ".join("%s=%.3f" % (name.replace("linked.", ""), v) for name, v in zip(NAMES, st)))
    if args.check:
        check(args.check, x, y, result)


def check(folder, x, y, result):
    """Largest differences from plansim's samples, outputs and indices (same points, so
    the indices agree to rounding; the bootstrap draws other resamples, so its
    half-widths agree only to bootstrap noise, about 10 %)."""
    k = len(NAMES)
    def matrix(name):
        # plansim writes NumPy files by default, CSV with `--csv`.
        if os.path.exists(folder + "/" + name + ".npy"):
            return np.load(folder + "/" + name + ".npy")
        return np.loadtxt(folder + "/" + name + ".csv", delimiter=",", skiprows=1)
    samples = matrix("samples")
    outputs = matrix("outputs")
    if outputs.ndim == 1:
        outputs = outputs.reshape(-1, 1)
    outputs = outputs[:, -1]
    ours = json.load(open(folder + "/indices.json"))
    s1, s1c, st, stc, s2, _ = result
    p_s1 = np.array([i["s1"] for i in ours["inputs"]])
    p_st = np.array([i["st"] for i in ours["inputs"]])
    p_s1c = np.array([i["s1_conf"] for i in ours["inputs"]])
    p_s2 = np.array([[math.nan if v is None else v for v in row] for row in ours["s2"]])[np.triu_indices(k, 1)]
    big = p_s1c > 1e-3
    print("strong check: samples within %.1e, outputs within %.1e (relative), S1 within %.1e, ST within %.1e, "
          "S2 within %.1e; S1 bootstrap half-widths / plansim's: %.2f-%.2f"
          % (np.abs(samples - x.reshape(-1, k)).max(), np.abs(outputs / y.ravel() - 1).max(), np.abs(s1 - p_s1).max(),
             np.abs(st - p_st).max(), np.abs(s2 - p_s2).max(), (s1c[big] / p_s1c[big]).min(), (s1c[big] / p_s1c[big]).max()))


if __name__ == "__main__":
    main()

"""numpy peer of plansim's Monte Carlo benchmark.

Reads the `simulation` section of `plansim fit --json` (exactly the equations and
parameters plansim runs) and simulates the same model vectorized over all paths:
parameter draws, yearly shocks, the damped/constant/AR(1) growth rules, the linked core
(investment -> perpetual-inventory capital -> output -> new employment), then per
indicator and year the mean and P5..P95 (numpy.quantile), and each target's probability
(sums on simulated sums).

usage: montecarlo.py FIT_JSON PATHS SEED [REPS]
prints: `peer montecarlo <paths> median_ms=<ms of one full run, median of REPS (default 3)>`, and a checksum line.
"""
import json
import sys
import time

import numpy as np

QS = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95]
BOUNDS = [(0.01, 0.95), (0.005, 0.5), (-1, 1), (-1, 1), (-1, 3), (-2, 2), (-1, 1), (0.2, 20)]


def damping(anchor, convergence, horizon):
    span = max(convergence - anchor - 1, 1)
    phi = 0.05 ** (1 / span)
    return [phi ** max(k - 1, 0) for k in range(0, max(0, horizon - anchor) + 1)]


def simulate(spec, n, seed):
    rng = np.random.default_rng(seed)
    ids = spec["indicators"]
    first, horizon = spec["first_year"], spec["horizon"]
    index = {k: i for i, k in enumerate(ids)}
    state = np.zeros((len(ids), n))
    params, prev = [], []
    for p in spec["univariate"]:
        mean = np.array(p["mean"])
        chol = np.array(p["cholesky"])
        params.append(mean[:, None] + chol @ rng.standard_normal((len(mean), n)))
        state[index[p["indicator"]]] = np.log(p["anchor_value"])
        prev.append(np.full(n, p["rule"].get("last_growth", 0.0)))
    lk = spec["linked"]
    lp = np.array(lk["mean"])[:, None] + np.array(lk["sd"])[:, None] * rng.standard_normal((len(lk["mean"]), n))
    for j, (lo, hi) in enumerate(BOUNDS):
        np.clip(lp[j], lo, hi, out=lp[j])
    alpha, delta, tfp_now, tfp_lr, elasticity, g_plan, g_lr, ratio = lp
    # Student-t shocks: a per-path scale sqrt(nu / chi2_nu) per indicator.
    dof = np.array([spec["shock_dof"].get(name, np.inf) for name in ids])
    scale = np.ones((len(ids), n))
    for i, nu in enumerate(dof):
        if np.isfinite(nu):
            scale[i] = np.sqrt(nu / rng.chisquare(nu, n))
    # Model averages: each path follows one component of its indicator.
    u = {name: rng.random(n) for name in {p["indicator"] for p in spec["univariate"]}}
    masks = [((u[p["indicator"]] >= p["mixture"][0]) & (u[p["indicator"]] < p["mixture"][1])).astype(float)
             for p in spec["univariate"]]
    inv, out, jobs = index["fixed_investment"], index["industrial_output"], index["new_employment"]
    state[inv] = np.log(lk["investment_base"])
    state[out] = np.log(lk["output_base"])
    state[jobs] = np.log(lk["employment_base"])
    capital = ratio * lk["output_base"]
    tfp_w = damping(lk["output_anchor_year"], lk["long_run_year"], horizon)
    damp = [damping(p["anchor_year"], p["rule"].get("convergence_year", 2035), horizon) for p in spec["univariate"]]
    targets = spec["targets"]
    sums = {i: np.zeros(n) for i, t in enumerate(targets) if t["kind"] == "period_sum"}
    summary = {}
    level_at = {}
    for year in range(first, horizon + 1):
        eps = rng.standard_normal((len(ids), n)) * scale
        start = state.copy()
        for k, p in enumerate(spec["univariate"]):
            i = index[p["indicator"]]
            th, sd, kind = params[k], p["shock_sd"], p["rule"]["kind"]
            mixed = tuple(p["mixture"]) != (0.0, 1.0)
            before = state[i].copy()
            if kind == "constant":
                state[i] += th[0] + sd * eps[i]
            elif kind == "damped":
                w = damp[k][min(year - p["anchor_year"], len(damp[k]) - 1)]
                state[i] += th[1] + (th[0] - th[1]) * w + sd * eps[i]
            elif kind == "ar1":
                g = th[0] + th[1] * prev[k] + sd * eps[i]
                prev[k] = g
                state[i] += g
            if mixed:
                state[i] = before + masks[k] * (state[i] - before)
        g = g_plan if year <= lk["plan_end_year"] else g_lr
        state[inv] += g + lk["investment_shock_sd"] * eps[inv]
        old_capital = capital
        capital = (1 - delta) * old_capital + np.exp(state[inv])
        old_out = state[out].copy()
        w = tfp_w[min(max(year - lk["output_anchor_year"], 0), len(tfp_w) - 1)]
        state[out] += tfp_lr + (tfp_now - tfp_lr) * w + lk["output_shock_sd"] * eps[out] + alpha * np.log(capital / old_capital)
        state[jobs] += elasticity * (state[out] - old_out) + lk["employment_shock_sd"] * eps[jobs]
        levels = np.exp(state)
        for i, name in enumerate(ids):
            summary[(name, year)] = (levels[i].mean(), np.exp(np.quantile(state[i], QS)))
        for t, acc in sums.items():
            if year >= targets[t]["base_year"] + 1 and year <= targets[t]["target_year"]:
                acc += levels[index[targets[t]["indicator"]]]
        for t, target in enumerate(targets):
            if target["target_year"] == year and target["kind"] != "period_sum":
                level_at[t] = levels[index[target["indicator"]]].copy()
    probabilities = []
    for t, target in enumerate(targets):
        value = sums[t] if t in sums else level_at[t]
        probabilities.append(float((value >= target["target"]).mean()))
        np.quantile(value, [0.5, 0.1, 0.9])
    return summary, probabilities


def main():
    spec = json.load(open(sys.argv[1]))["simulation"]
    n, seed = int(sys.argv[2]), int(sys.argv[3])
    times, cpus = [], []
    for _ in range(int(sys.argv[4]) if len(sys.argv) > 4 else 3):
        start, start_cpu = time.perf_counter(), time.process_time()
        summary, probabilities = simulate(spec, n, seed)
        times.append((time.perf_counter() - start) * 1e3)
        cpus.append((time.process_time() - start_cpu) * 1e3)
    times.sort()
    cpus.sort()
    print("peer montecarlo %d median_ms=%.1f median_cpu_ms=%.1f" % (n, times[len(times) // 2], cpus[len(cpus) // 2]))
    print("peer probabilities " + " ".join("%.4f" % p for p in probabilities))


if __name__ == "__main__":
    main()

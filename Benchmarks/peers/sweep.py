"""SALib + numpy peer of plansim's sweep benchmark.

usage: sweep.py FIT_JSON [REPS]
Samples the same 8 inputs with SALib's Sobol'/Saltelli sampler (N = 8192, second order:
147,456 rows), evaluates the baseline's deterministic linked core vectorized in numpy
(same equations and parameters as plansim, read from `plansim fit --json`), measures
output_2025 / 39.4 and runs SALib's Sobol' analysis with second order and bootstrap
intervals. Prints `peer sweep median_ms=…` (median of REPS, default 3) and the total indices.
"""
import json
import sys
import time

import numpy as np
from SALib.analyze import sobol as sobol_analyze
from SALib.sample import sobol as sobol_sample

NAMES = ["capital_elasticity", "depreciation", "tfp_growth_now", "tfp_growth_long_run", "employment_elasticity",
         "investment_growth_plan", "investment_growth_long_run", "retail_growth"]
BOUNDS = [[0.25, 0.45], [0.06, 0.10], [0.01, 0.05], [0.005, 0.025], [0.3, 0.9], [0.20, 0.36], [0.02, 0.06], [0.01, 0.05]]


def damping(anchor, convergence, horizon):
    phi = 0.05 ** (1 / max(convergence - anchor - 1, 1))
    return [phi ** max(k - 1, 0) for k in range(0, max(0, horizon - anchor) + 1)]


def evaluate(x, lk, first, horizon, target):
    alpha, delta = x[:, 0], x[:, 1]
    tfp_now, tfp_lr = np.log1p(x[:, 2]), np.log1p(x[:, 3])
    g_plan, g_lr = np.log1p(x[:, 5]), np.log1p(x[:, 6])
    # K0 = capital-output ratio x output in the base year, as plansim's kernel starts the capital stock.
    capital = lk["mean"][7] * lk["output_base"]
    log_i = np.full(len(x), np.log(lk["investment_base"]))
    log_y = np.full(len(x), np.log(lk["output_base"]))
    w = damping(lk["output_anchor_year"], lk["long_run_year"], horizon)
    out_2025 = None
    for year in range(first, horizon + 1):
        log_i = log_i + (g_plan if year <= lk["plan_end_year"] else g_lr)
        old = capital
        capital = (1 - delta) * old + np.exp(log_i)
        wt = w[min(max(year - lk["output_anchor_year"], 0), len(w) - 1)]
        log_y = log_y + tfp_lr + (tfp_now - tfp_lr) * wt + alpha * np.log(capital / old)
        if year == 2025:
            out_2025 = np.exp(log_y)
    return out_2025 / target


def main():
    spec = json.load(open(sys.argv[1]))["simulation"]
    lk = spec["linked"]
    target = next(t["target"] for t in spec["targets"] if t["indicator"] == "industrial_output")
    problem = {"num_vars": 8, "names": NAMES, "bounds": BOUNDS}
    times, cpus = [], []
    for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3):
        start, start_cpu = time.perf_counter(), time.process_time()
        x = sobol_sample.sample(problem, 8192, calc_second_order=True)
        y = evaluate(x, lk, spec["first_year"], spec["horizon"], target)
        s = sobol_analyze.analyze(problem, y, calc_second_order=True, print_to_console=False, seed=1)
        times.append((time.perf_counter() - start) * 1e3)
        cpus.append((time.process_time() - start_cpu) * 1e3)
    times.sort()
    cpus.sort()
    print("peer sweep %d runs median_ms=%.1f median_cpu_ms=%.1f" % (len(x), times[len(times) // 2], cpus[len(cpus) // 2]))
    print("peer ST " + " ".join("%s=%.3f" % (n, v) for n, v in zip(NAMES, s["ST"])))


if __name__ == "__main__":
    main()

"""The `simulation` section of `plansim fit --json` as the arrays montecarlo_numba.py's
kernel reads; refuses what that peer does not model.
"""
import math

import numpy as np

BOUNDS = [(0.01, 0.95), (0.005, 0.5), (-1, 1), (-1, 1), (-1, 3), (-2, 2), (-1, 1), (0.2, 20)]
KINDS = {"constant": 0, "damped": 1, "ar1": 2}


def damping(anchor, convergence, horizon):
    span = max(convergence - anchor - 1, 1)
    phi = 0.05 ** (1 / span)
    return [phi ** max(k - 1, 0) for k in range(0, max(0, horizon - anchor) + 1)]


def build_model(spec):
    """The spec as the tuple of arrays `_block` reads; refuses what the peer does not model."""
    ids = spec["indicators"]
    first, horizon = spec["first_year"], spec["horizon"]
    years = horizon - first + 1
    index = {k: i for i, k in enumerate(ids)}
    procs = spec["univariate"]
    base = {t["indicator"]: t["base"] for t in spec["targets"] if t["base_year"] == first - 1}
    K = len(procs)
    proc_ind = np.array([index[p["indicator"]] for p in procs], np.int64)
    proc_m = np.array([len(p["mean"]) for p in procs], np.int64)
    proc_off = np.concatenate([[0], np.cumsum(proc_m)[:-1]]).astype(np.int64) if K else np.zeros(0, np.int64)
    proc_mean = np.zeros((K, 4))
    proc_chol = np.zeros((K, 4, 4))
    damp_w = np.zeros((K, years))
    seen = set()
    mix_first = np.zeros(K, np.bool_)
    for k, p in enumerate(procs):
        kind = p["rule"]["kind"]
        if kind not in KINDS:
            raise SystemExit("montecarlo_numba.py: rule %s of %s is not modelled" % (kind, p["indicator"]))
        if p["anchor_year"] >= first:
            raise SystemExit("montecarlo_numba.py: actual values inside the simulated years are not modelled")
        proc_mean[k, :len(p["mean"])] = p["mean"]
        proc_chol[k, :len(p["mean"]), :len(p["mean"])] = np.array(p["cholesky"])
        if kind == "damped":
            w = damping(p["anchor_year"], p["rule"]["convergence_year"], horizon)
            damp_w[k] = [w[min(year - p["anchor_year"], len(w) - 1)] for year in range(first, horizon + 1)]
        if tuple(p["mixture"]) != (0.0, 1.0) and p["indicator"] not in seen:
            seen.add(p["indicator"])
            mix_first[k] = True
    proc_mix = np.array([tuple(p["mixture"]) != (0.0, 1.0) for p in procs], np.bool_)
    lk = spec.get("linked")
    has_linked = lk is not None
    inv, out, jobs = (index["fixed_investment"], index["industrial_output"], index["new_employment"]) if has_linked else (0, 0, 0)
    tw = damping(lk["output_anchor_year"], lk["long_run_year"], horizon) if has_linked else [0.0]
    tfp_w = np.array([tw[min(max(year - (lk["output_anchor_year"] if has_linked else 0), 0), len(tw) - 1)]
                      for year in range(first, horizon + 1)])
    targets = spec["targets"]
    t_sum = np.array([t["kind"] == "period_sum" for t in targets], np.bool_)
    t_series = np.zeros(len(targets), np.int64)
    nxt = len(ids) * years
    for t in range(len(targets)):
        if t_sum[t]:
            t_series[t] = nxt
            nxt += 1
    m = (len(ids), years, first, proc_ind, np.array([KINDS[p["rule"]["kind"]] for p in procs], np.int64), proc_m, proc_off,
         proc_mean, proc_chol, np.array([p["shock_sd"] for p in procs]),
         np.array([math.log(base.get(p["indicator"], p["anchor_value"])) for p in procs]),
         np.array([p["rule"].get("last_growth", 0.0) for p in procs]), proc_mix,
         np.array([p["mixture"][0] for p in procs]), np.array([p["mixture"][1] for p in procs]), mix_first, damp_w,
         np.array([spec["shock_dof"].get(name, np.inf) for name in ids], np.float64), has_linked,
         np.array(lk["mean"] if has_linked else [0.0] * 8), np.array(lk["sd"] if has_linked else [0.0] * 8),
         np.array([b[0] for b in BOUNDS], np.float64), np.array([b[1] for b in BOUNDS], np.float64),
         np.array([inv, out, jobs], np.int64),
         np.log(np.array([lk["investment_base"], lk["output_base"], lk["employment_base"]]) if has_linked else np.ones(3)),
         lk["output_base"] if has_linked else 1.0, lk["plan_end_year"] if has_linked else 0, tfp_w,
         np.array([lk["investment_shock_sd"], lk["output_shock_sd"], lk["employment_shock_sd"]] if has_linked else [0.0] * 3),
         np.array([index[t["indicator"]] for t in targets], np.int64), t_sum,
         np.array([t["target"] if t["kind"] == "period_sum" else math.log(t["target"]) for t in targets]),
         np.array([t["base_year"] + 1 for t in targets], np.int64), np.array([t["target_year"] for t in targets], np.int64),
         t_series, np.array([t["target_year"] for t in targets], np.int64))
    return m, nxt

"""Calibration of `plansim propose` on held-out competition data (issue 24, finding 8).

run DIR SET PLANSIM [JOBS [EVERY [PATHS]]]: for each yearly series of SET (m1, tourism; DIR/SET-test.json
as written by accuracy.py make-data), joins its training and test values, keeps all but
the last five as the record, and asks `plansim propose` for the target five years on (the
last value, year T) exactly as a planner would: a one-indicator plan (`annual_level`,
预期性; its period spans the record, its base is the record's first value and its target
the last, neither of which shapes the odds) and the record as the actuals, `--base-year
T−5 --target-year T --odds ...`. The proposal's `points` are the values met with each
probability, read from the one simulation's distribution (``SimulatedDistribution``),
unrounded. It prints per length of the record (1-15, 16-30, 31+) and pooled: series,
the share of the 50/80/95 % targets met (goal: within 5 points of 50/80/95), the median
over series of the 50 % target's yearly growth (g50) and of the realised growth T-5 to T
(g_act), both in per cent, and the PIT
of the outcome in ten bins (10 % each when calibrated; from the values met with 10 %,
20 %, ..., 90 %).
Years are as a planner's: the record ends in 2025 and T = 2030, so the damped model
converges to its long-run rate by 2035 as in `propose` itself; plansim reads years from
1990, so a record longer than 36 values keeps its last 36 (its length segment is still
31+). Series whose record has fewer than two values or a value <= 0 are left out and
counted. EVERY > 1 keeps every EVERY-th series (a fixed subsample, for a measurement that must
fit a session); PATHS sets `--paths` (default: propose's own, 20,000).
"""
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import numpy as np

SEGMENTS = [(1, 15), (16, 30), (31, 10**9)]
ODDS = [5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95]
BASE_YEAR = 2025
FIRST_YEAR = 1990  # the first year plansim reads
YEARS = 5


def plan_text(record):
    first = BASE_YEAR - len(record) + 1
    return f"""plan calibration {{
    title "calibration"
    period {first + 1}..{BASE_YEAR}

    indicator x {{
        name "指标" "Indicator"
        unit 亿元
        kind annual_level
        attribute 预期性
        base {first} {record[0]!r} 亿元
        target {BASE_YEAR} {record[-1]!r} 亿元
    }}
}}
"""


def propose(plansim, sid, record, paths=None):
    with tempfile.TemporaryDirectory() as d:
        plan = os.path.join(d, "c.plan")
        actuals = os.path.join(d, "actuals.csv")
        with open(plan, "w") as f:
            f.write(plan_text(record))
        with open(actuals, "w") as f:
            f.write("indicator,year,value\n")
            for k, v in enumerate(record):
                f.write(f"x,{BASE_YEAR - len(record) + 1 + k},{v!r}\n")
        p = subprocess.run([plansim, "propose", "--plan", plan, "--data", actuals, "--base-year", str(BASE_YEAR),
                            "--target-year", str(BASE_YEAR + YEARS), "--odds", ",".join(map(str, ODDS)), "--json",
                            "--threads", "1"] + (["--paths", str(paths)] if paths else []), capture_output=True, text=True)
        if p.returncode != 0:
            return sid, None, p.stderr.strip().splitlines()[-1:] 
        doc = json.loads(p.stdout)
        points = {round(100 * q["probability"]): q["value"] for q in doc["proposals"][0]["points"]}
        points["growth50"] = next(q["growth"] for q in doc["proposals"][0]["points"] if round(100 * q["probability"]) == 50)
        return sid, points, None


def run(d, set_name, plansim, jobs, every=1, paths=None):
    test = json.load(open(os.path.join(d, f"{set_name}-test.json")))
    cases, left = [], 0
    for sid, t in list(test.items())[::every]:
        full = t["train"] + t["test"]
        record, outcome = full[:-YEARS][-(BASE_YEAR - FIRST_YEAR + 1):], full[-1]
        if len(record) < 2 or min(record) <= 0:
            left += 1
            continue
        cases.append((sid, record, outcome))
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        answers = list(pool.map(lambda c: propose(plansim, c[0], c[1], paths), cases))
    rows, refused = [], []
    for (sid, record, y), (_, points, err) in zip(cases, answers):
        if points is None:
            refused.append((sid, err))
            continue
        met = [y >= points[q] for q in (50, 80, 95)]
        # PIT decile: how many of the 10 %, ..., 90 % quantiles (the values met with 90 %, ..., 10 %) lie below y.
        decile = sum(y > points[q] for q in (90, 80, 70, 60, 50, 40, 30, 20, 10))
        realised = (y / record[-1]) ** (1 / YEARS) - 1 if y > 0 else -1.0
        rows.append((len(record), *met, decile, points["growth50"], realised))
    a = np.array(rows, float)
    print(f"{set_name}: plansim propose, record to T-5, target for T; share of targets met in per cent "
          f"(goal 50/80/95 within ±5); {len(rows)} series"
          + (f" (every {every}th)" if every > 1 else "") + (f", {paths} paths" if paths else "")
          + f"; {left} left out (record < 2 values or a value <= 0), "
          f"{len(refused)} refused")
    for sid, err in refused[:5]:
        print(f"  refused {sid}: {err}")
    print(f"  {'record':<8} {'series':>6}  {'met50':>5} {'met80':>5} {'met95':>5}  {'g50':>5} {'g_act':>5}  PIT deciles (%)")
    for lo, hi in SEGMENTS + [(1, 10**9)]:
        m = (a[:, 0] >= lo) & (a[:, 0] <= hi)
        if not m.any():
            continue
        label = "all" if (lo, hi) == (1, 10**9) else (f"{lo}-{hi}" if hi < 10**9 else f">={lo}")
        deciles = np.bincount(a[m, 4].astype(int), minlength=10) / m.sum()
        print(f"  {label:<8} {int(m.sum()):>6}  " + " ".join(f"{100 * a[m, c].mean():5.1f}" for c in (1, 2, 3))
              + f"  {100 * np.median(a[m, 5]):5.1f} {100 * np.median(a[m, 6]):5.1f}  " + " ".join(f"{100 * v:.0f}" for v in deciles))


if __name__ == "__main__":
    if 5 <= len(sys.argv) <= 8 and sys.argv[1] == "run":
        extra = [int(a) for a in sys.argv[5:]]
        run(sys.argv[2], sys.argv[3], sys.argv[4], *(extra or [2]))
    else:
        sys.exit(__doc__)

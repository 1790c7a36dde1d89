"""Calibration of `plansim forecast` on held-out data, by series length (issue 24).

score DIR SET FILE.json: reads DIR/SET-test.json (written by accuracy.py make-data) and a
`plansim forecast --json --level 50,80,95` document (format 2.0: each year's predictive t
as location, scale, df on the working scale), and prints per length segment (training
values 1-15, 16-30, 31+) and pooled: series, outcomes, hit rates of the 50/80/95 %
intervals, the one-sided misses of the 80 % interval (below / above: 10 % each when
calibrated), the share below the median (50 %), and the PIT in ten bins (10 % each).
The goal (issue 24): hit rates within 5 points of 50/80/95 on every set and segment.
"""
import json
import os
import sys

import numpy as np
from scipy.stats import t as student_t

SEGMENTS = [(1, 15), (16, 30), (31, 10**9)]


def pit(step, y):
    if step["scale"] is None or step["location"] is None:
        return np.nan
    log_scale = step["working_scale"] != "level"
    offset = 1.0 if step["working_scale"] == "log1p" else 0.0
    if log_scale and y + offset <= 0:
        return 0.0
    w = np.log(y + offset) if log_scale else y
    s = step["scale"]
    if s <= 0:
        return 0.0 if w < step["location"] else 1.0
    return float(student_t.cdf((w - step["location"]) / s, step["df"]))


def score(d, set_name, path):
    test = json.load(open(os.path.join(d, f"{set_name}-test.json")))
    doc = json.load(open(path))
    rows = []  # (length, hit50, hit80, hit95, below80, above80, below_median, pit)
    for s in doc["series"]:
        t = test[s["id"]]
        n = len(t["train"])
        for step, y in zip(s["forecast"][: t["h"]], t["test"]):
            step = dict(step, working_scale=s["working_scale"])
            rows.append((n, step["lo50"] <= y <= step["hi50"], step["lo80"] <= y <= step["hi80"],
                         step["lo95"] <= y <= step["hi95"], y < step["lo80"], y > step["hi80"],
                         y < step["median"], pit(step, y)))
    a = np.array(rows, float)
    print(f"{set_name}: plansim forecast, held-out test values (hit rates in per cent; goal 50/80/95 within ±5)")
    print(f"  {'lengths':<8} {'series':>6} {'values':>6}  {'hit50':>5} {'hit80':>5} {'hit95':>5}  "
          f"{'<lo80':>5} {'>hi80':>5} {'<med':>5}  PIT deciles (%)")
    lengths = {s["id"]: len(test[s["id"]]["train"]) for s in doc["series"]}
    for lo, hi in SEGMENTS + [(1, 10**9)]:
        m = (a[:, 0] >= lo) & (a[:, 0] <= hi)
        if not m.any():
            continue
        label = "all" if (lo, hi) == (1, 10**9) else (f"{lo}-{hi}" if hi < 10**9 else f">={lo}")
        k = sum(1 for v in lengths.values() if lo <= v <= hi)
        p = a[m, 7]
        deciles = np.histogram(np.clip(p[~np.isnan(p)], 0, 1 - 1e-12), bins=10, range=(0, 1))[0] / max(1, (~np.isnan(p)).sum())
        print(f"  {label:<8} {k:>6} {int(m.sum()):>6}  " + " ".join(f"{100 * a[m, c].mean():5.1f}" for c in (1, 2, 3)) + "  "
              + " ".join(f"{100 * a[m, c].mean():5.1f}" for c in (4, 5, 6)) + "  " + " ".join(f"{100 * v:.0f}" for v in deciles))


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)

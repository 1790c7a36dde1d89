"""numpy peer of plansim's OLS benchmark.

make-data DIR: writes the shared inputs (a random 10,000 x 50 design, seed 20210101, and
Longley from ../shared when present) so both sides fit the same numbers.
run DIR: times numpy.linalg.lstsq (rcond=None) on the same data, median of repetitions,
printing `peer ols-<case> median_ms=…` lines.
"""
import os
import sys
import time

import numpy as np


def median_ms(fn, reps):
    fn()
    samples = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1e3)
    samples.sort()
    return samples[len(samples) // 2]


def make_data(d):
    rng = np.random.default_rng(20210101)
    x = rng.standard_normal((10_000, 50))
    y = x @ rng.standard_normal(50) + 0.1 * rng.standard_normal(10_000)
    x.tofile(os.path.join(d, "design.bin"))
    y.tofile(os.path.join(d, "response.bin"))
    here = os.path.dirname(os.path.abspath(__file__))
    longley = os.path.join(here, "..", "..", "..", "shared", "reference", "nist-strd", "linear", "Longley.dat")
    if os.path.exists(longley):
        lines = open(longley).read().splitlines()[60:]
        rows = [l.split() for l in lines if l.strip()]
        with open(os.path.join(d, "longley.csv"), "w") as f:
            f.write("y,x1,x2,x3,x4,x5,x6\n")
            for r in rows:
                f.write(",".join(r) + "\n")


def run(d):
    longley = os.path.join(d, "longley.csv")
    if os.path.exists(longley):
        data = np.loadtxt(longley, delimiter=",", skiprows=1)
        a = np.column_stack([np.ones(len(data)), data[:, 1:]])
        b = data[:, 0]
        print("peer ols-longley median_ms=%.4f" % median_ms(lambda: np.linalg.lstsq(a, b, rcond=None), 201))
    x = np.fromfile(os.path.join(d, "design.bin")).reshape(10_000, 50)
    y = np.fromfile(os.path.join(d, "response.bin"))
    print("peer ols-random 10000x50 median_ms=%.3f" % median_ms(lambda: np.linalg.lstsq(x, y, rcond=None), 15))


if __name__ == "__main__":
    {"make-data": make_data, "run": run}[sys.argv[1]](sys.argv[2])

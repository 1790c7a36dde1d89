"""Cross-checks plansim's Sobol' indices with SALib on the same samples and outputs.

usage: check_salib.py SWEEP_DIR
Reads samples.csv (SALib's Saltelli row layout), outputs.csv (primary measure last) and
indices.json; runs SALib.analyze.sobol on the primary measure; S1 and ST must agree with
plansim's to 1e-6. Prints `N passed, M failed` last.
"""
import csv
import json
import sys

import numpy as np
from SALib.analyze import sobol

d = sys.argv[1]
indices = json.load(open(f"{d}/indices.json"))
with open(f"{d}/samples.csv") as f:
    names = next(csv.reader(f))
y = np.loadtxt(f"{d}/outputs.csv", delimiter=",", skiprows=1, ndmin=2)[:, -1]
problem = {"num_vars": len(names), "names": names, "bounds": [[0, 1]] * len(names)}
result = sobol.analyze(problem, y, calc_second_order=indices["second_order"], print_to_console=False, seed=1)
passed = failed = 0
for i, entry in enumerate(indices["inputs"]):
    for key, salib in (("s1", result["S1"][i]), ("st", result["ST"][i])):
        if abs(entry[key] - salib) <= 1e-6:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {entry['name']} {key}: plansim {entry[key]!r} SALib {salib!r}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)

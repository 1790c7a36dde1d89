# Sourced by compare.sh for the timed modes (montecarlo, montecarlo-10m, sweep, run-default,
# floor, scaling), with $name, $here, $py, $plansim, $data (a scratch folder holding
# fit.json, plansim fit --json) and $stamp set.

# timed LABEL CMD…: one whole-process run of CMD under /usr/bin/time -v; appends
# `wall cpu peak_kb compute_ms compute_cpu_ms` to $data/LABEL.times (the compute figures
# are what the command prints as compute_ms= / median_ms= and compute_cpu_ms= /
# median_cpu_ms=, `-` when it prints none) and keeps its output in $data/LABEL.out.
timed() {
  local label=$1; shift
  if ! /usr/bin/time -v -o "$data/time" "$@" > "$data/$label.out" 2> "$data/$label.err"; then
    echo "$label failed: $*" >&2; tail -5 "$data/$label.err" >&2; exit 2
  fi
  local compute cpu
  compute=$(grep -oE '(compute|median)_ms=[0-9.]+' "$data/$label.out" | head -1 | cut -d= -f2 || true)
  cpu=$(grep -oE '(compute|median)_cpu_ms=[0-9.]+' "$data/$label.out" | head -1 | cut -d= -f2 || true)
  awk -v c="${compute:--}" -v cc="${cpu:--}" -F': ' '
    /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { m = $2 }
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + t[i] }
    END { printf "%.3f %.3f %d %s %s\n", w, u + s, m, c, cc }' "$data/time" >> "$data/$label.times"
}

# alternate VARIANT…: REPS rounds, each running run_VARIANT for every variant in turn.
alternate() {
  local r v
  for r in $(seq "$reps"); do for v in "$@"; do "run_$v"; done; done
}

med() { "$py" "$here/peers/timings.py" median "$data" "$1" "$2"; }
ratio() { awk -v p="$1" -v q="$2" 'BEGIN { printf (p > 0 && q == q + 0 ? "%.2f" : "nan"), q / p }'; }
same_numbers() {
  # Whether two `plansim run --json` outputs agree bit for bit, except where they say how they were run.
  "$py" -c 'import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
for d in (a, b): d.pop("provenance", None)
print("identical" if a == b else "DIFFERENT")' "$1" "$2"
}

reps="${REPS:-3}"
case "$name" in
montecarlo|montecarlo-10m)
  # The baseline, 2021–2035, every indicator, the full quantile table and target
  # probabilities (no inversions): plansim as a whole process at 1 and 2 threads; the
  # strong numba peer (whole process, and compute after import and JIT warm-up) at 1 and 2
  # threads, checked against plansim's probabilities; the typical numpy peer (1M only).
  if [ "$name" = montecarlo ]; then paths="${PATHS:-1000000}"; else paths="${PATHS:-10000000}"; reps="${REPS:-1}"; fi
  run_plansim1() { timed plansim1 "$plansim" run --paths "$paths" --no-inversion --quiet --json --threads 1 --out "$data/run1"; }
  run_plansim2() { timed plansim2 "$plansim" run --paths "$paths" --no-inversion --quiet --json --threads 2 --out "$data/run2"; }
  # Stream 2 (issue 26): other random numbers, same model; not compared number for number.
  run_stream2() { timed stream2 "$plansim" run --paths "$paths" --no-inversion --quiet --json --threads 2 --stream 2 --out "$data/run3"; }
  run_numba2() { timed numba2 "$py" "$here/peers/montecarlo_numba.py" "$data/fit.json" "$paths" --threads 2 --check "$data/plansim2.out"; }
  run_numba1() { timed numba1 "$py" "$here/peers/montecarlo_numba.py" "$data/fit.json" "$paths" --threads 1; }
  run_numpy() { timed numpy "$py" "$here/peers/montecarlo.py" "$data/fit.json" "$paths" 1 1; }
  "$py" "$here/peers/montecarlo_numba.py" "$data/fit.json" 1024 > /dev/null  # compile the kernels once, outside the timings
  variants=(plansim2 stream2 numba2 plansim1 numba1)
  [ "$name" = montecarlo ] && variants+=(numpy)
  alternate "${variants[@]}"
  echo "montecarlo $paths paths, REPS=$reps alternating rounds; $stamp"
  rows=("plansim2=plansim --threads 2" "stream2=plansim --threads 2 --stream 2" "plansim1=plansim --threads 1" "numba2=numba peer, 2 threads" "numba1=numba peer, 1 thread")
  [ "$name" = montecarlo ] && rows+=("numpy=numpy peer (typical), 1 thread")
  "$py" "$here/peers/timings.py" table "$data" "${rows[@]}"
  [ "$name" = montecarlo ] || echo "(the typical numpy peer holds every path in memory, several GB at 10M paths: not run)"
  echo "plansim 1 vs 2 threads: $(same_numbers "$data/plansim1.out" "$data/plansim2.out")"
  grep -h '^plansim probabilities\|^strong probabilities\|^strong check' "$data/numba2.out"
  if [ "$name" = montecarlo ]; then
    grep -h '^peer probabilities' "$data/numpy.out"
    # The numpy peer draws other random numbers: it agrees within Monte Carlo error.
    "$py" -c 'import json, math, sys
ours = json.load(open(sys.argv[1])); n = ours["paths"]
theirs = [float(v) for v in open(sys.argv[2]).read().split("peer probabilities")[1].split()]
z = max(abs(p - t["probability"]) / math.sqrt(max(t["probability"] * (1 - t["probability"]), 1e-12) * 2 / n)
        for p, t in zip(theirs, ours["targets"]))
print("numpy peer check (independent draws): max |dp|/SE = %.2f over %d targets" % (z, len(theirs)))' "$data/plansim2.out" "$data/numpy.out"
  fi
  echo "numpy $("$py" -c 'import numpy; print(numpy.__version__)'), numba $("$py" -c 'import numba; print(numba.__version__)')"
  p=$(med plansim2 wall); pc=$(med plansim2 cpu)
  echo "CPU: numba compute / plansim whole = $(ratio "$pc" "$(med numba2 compute_cpu)"), numba whole / plansim whole = $(ratio "$pc" "$(med numba2 cpu)")"
  [ "$name" = montecarlo ] && echo "numpy peer whole / plansim whole (2 threads, wall): ratio $(ratio "$p" "$(med numpy wall)")"
  echo "$name, 2 threads, wall: numba whole / plansim whole $(ratio "$p" "$(med numba2 wall)"), numba compute only / plansim whole: ratio $(ratio "$p" "$(med numba2 compute)")"
  s=$(med stream2 wall); sc=$(med stream2 cpu)
  echo "stream 2, CPU: numba compute / plansim whole = $(ratio "$sc" "$(med numba2 compute_cpu)"), stream 1 / stream 2 = $(ratio "$sc" "$pc")"
  echo "$name, stream 2, 2 threads, wall: numba whole / plansim whole $(ratio "$s" "$(med numba2 wall)"), numba compute only / plansim whole: ratio $(ratio "$s" "$(med numba2 compute)")"
  ;;
sweep)
  # Issue 6's benchmark (peers/sweep_bench.scn): 8 inputs, Saltelli with second order,
  # N = 8192 (147,456 runs), bootstrap intervals. plansim as a whole process at 1 and 2
  # threads (a fresh --out each time: a folder holding the sweep is refused without
  # --resume); the strong numpy peer checked against plansim's samples and indices; the
  # typical SALib peer.
  run_plansim1() { rm -rf "$data/sweep1"; timed plansim1 "$plansim" sweep "$here/peers/sweep_bench.scn" --out "$data/sweep1" --threads 1 --quiet; }
  run_plansim2() { rm -rf "$data/sweep2"; timed plansim2 "$plansim" sweep "$here/peers/sweep_bench.scn" --out "$data/sweep2" --threads 2 --quiet; }
  run_strong() { timed strong "$py" "$here/peers/sweep_numpy.py" "$data/fit.json"; }
  run_salib() { timed salib "$py" "$here/peers/sweep.py" "$data/fit.json" 1; }
  alternate plansim2 strong plansim1 salib
  echo "sweep 147456 runs, REPS=$reps alternating rounds; $stamp"
  "$py" "$here/peers/timings.py" table "$data" "plansim2=plansim --threads 2" "plansim1=plansim --threads 1" \
    "strong=numpy peer (strong), 1 thread" "salib=SALib + numpy peer (typical), 1 thread"
  grep -h '^strong ST' "$data/strong.out"
  "$py" "$here/peers/sweep_numpy.py" "$data/fit.json" --check "$data/sweep2" | grep '^strong check'  # untimed: it reads samples.csv
  grep -h '^peer ST' "$data/salib.out"
  echo "numpy $("$py" -c 'import numpy; print(numpy.__version__)'), SALib $("$py" -c 'import importlib.metadata as m; print(m.version("SALib"))')"
  p=$(med plansim2 wall); pc=$(med plansim2 cpu)
  echo "CPU: strong peer whole / plansim whole = $(ratio "$pc" "$(med strong cpu)"), compute only / plansim whole = $(ratio "$pc" "$(med strong compute_cpu)")"
  echo "SALib peer whole / plansim whole (2 threads, wall): ratio $(ratio "$p" "$(med salib wall)")"
  echo "sweep, wall: strong peer compute only / plansim whole $(ratio "$p" "$(med strong compute)"), strong peer whole / plansim whole (2 threads): ratio $(ratio "$p" "$(med strong wall)")"
  ;;
run-default)
  # `plansim run` as a planner types it (the built-in baseline, 100,000 paths with the
  # target inversions) and `plansim compare` of the 7 scenarios in scenarios/, at 1 and
  # 2 threads. No peer does the same work; goals of issue 14: run ≤ 0.5 s, compare ≤ 1 s.
  scenarios=("$here"/../scenarios/*.scn)
  run_run1() { timed run1 "$plansim" run --quiet --json --threads 1 --out "$data/r1"; }
  run_run2() { timed run2 "$plansim" run --quiet --json --threads 2 --out "$data/r2"; }
  run_compare1() { timed compare1 "$plansim" compare "${scenarios[@]}" --quiet --threads 1 --out "$data/c1"; }
  run_compare2() { timed compare2 "$plansim" compare "${scenarios[@]}" --quiet --threads 2 --out "$data/c2"; }
  alternate run2 compare2 run1 compare1
  echo "plansim run (default) and compare of ${#scenarios[@]} scenarios, REPS=$reps alternating rounds; $stamp"
  "$py" "$here/peers/timings.py" table "$data" "run2=run, 2 threads" "run1=run, 1 thread" \
    "compare2=compare ${#scenarios[@]} scenarios, 2 threads" "compare1=compare, 1 thread"
  echo "plansim run 1 vs 2 threads: $(same_numbers "$data/run1.out" "$data/run2.out")"
  printf "run-default, 2 threads, wall: run %.2f s (goal 0.5 s), compare %.2f s (goal 1 s); goal / run: ratio %s\n" "$(med run2 wall)" "$(med compare2 wall)" "$(ratio "$(med run2 wall)" 0.5)"
  ;;
floor)
  # The least time the 1M-path run's unavoidable work takes on this machine: drawing its
  # normals, the exps, one histogram pass (Benchmarks/floor/floor.c, counts from the model).
  cc -O2 -mavx2 -mfma -pthread -o "$data/floor" "$here/floor/floor.c" -lm
  read -r normals exps values per <<< "$("$py" -c 'import json, sys
s = json.load(open(sys.argv[1]))["simulation"]
n, years, paths = len(s["indicators"]), s["horizon"] - s["first_year"] + 1, 1000000
sums = [t for t in s["targets"] if t["kind"] == "period_sum"]
dof = sum(1 for v in s["shock_dof"].values() if v == v and v != float("inf"))
# Normals per path: a shock per indicator and year, the univariate parameters, the linked
# core'"'"'s 8, and about 1.03 per Student-t scale (Marsaglia-Tsang acceptance at shape 2).
normals = n * years + sum(len(p["mean"]) for p in s["univariate"]) + (8 if "linked" in s else 0) + 1.03 * dof
# Exps: one per reported value for the means, the investment level per year (capital),
# the level per year of each period sum. Histogram values: every reported series.
exps = n * years + (years if "linked" in s else 0) + sum(t["target_year"] - t["base_year"] for t in sums)
values = n * years + len(sums)
print(int(normals * paths), int(exps * paths), int(values * paths), "%.2f/%d/%d" % (normals, exps, values))' "$data/fit.json")"
  echo "floor of the 1M-path baseline run: per path $per normals/exps/histogram values; $stamp"
  "$data/floor" "$normals" "$exps" "$values" 2 | tee "$data/floor.out"
  timed plansim2 "$plansim" run --paths 1000000 --no-inversion --quiet --json --threads 2 --out "$data/run2"
  read -r fc fw <<< "$(awk '/threads=2 total/ { print $4, $7 }' "$data/floor.out")"
  echo "floor: $fc s CPU, $(awk -v c="$fc" 'BEGIN { printf "%.3f", c / 2 }') s wall if both cores are free ($fw s measured)"
  echo "plansim 1M paths, 2 threads: $(med plansim2 wall) s wall, $(med plansim2 cpu) s CPU; plansim CPU / floor CPU: ratio $(ratio "$fc" "$(med plansim2 cpu)")"
  ;;
scaling)
  # plansim run --no-inversion from 1e4 to 1e7 paths at 1 and 2 threads, and the numba
  # peer's compute at 2 threads: wall, CPU, peak memory, speed-up from the second thread.
  reps="${REPS:-1}"
  "$py" "$here/peers/montecarlo_numba.py" "$data/fit.json" 1024 > /dev/null
  for paths in 10000 100000 1000000 10000000; do
    run_t1() { timed "t1-$paths" "$plansim" run --paths "$paths" --no-inversion --quiet --json --threads 1 --out "$data/s1"; }
    run_t2() { timed "t2-$paths" "$plansim" run --paths "$paths" --no-inversion --quiet --json --threads 2 --out "$data/s2"; }
    run_nb() { timed "nb-$paths" "$py" "$here/peers/montecarlo_numba.py" "$data/fit.json" "$paths" --threads 2; }
    alternate t2 t1 nb
  done
  echo "scaling of plansim run --no-inversion, REPS=$reps; $stamp"
  echo "| paths | 1 thread: wall s / CPU s | 2 threads: wall s / CPU s | speed-up (wall) | peak MB (2 threads) | numba compute, 2 threads: wall s / CPU s |"
  echo "|---|---|---|---|---|---|"
  for paths in 10000 100000 1000000 10000000; do
    w1=$(med "t1-$paths" wall); w2=$(med "t2-$paths" wall)
    printf '| %s | %.2f / %.2f | %.2f / %.2f | %s | %.0f | %.2f / %.2f |\n' "$paths" "$w1" "$(med "t1-$paths" cpu)" "$w2" "$(med "t2-$paths" cpu)" \
      "$(ratio "$w2" "$w1")" "$(med "t2-$paths" peak_mb)" "$(med "nb-$paths" compute)" "$(med "nb-$paths" compute_cpu)"
  done
  w=$(med t2-10000000 wall); w6=$(med t2-1000000 wall)
  echo "scaling 1e6 -> 1e7 paths at 2 threads (10 is linear): ratio $(ratio "$w6" "$w")"
  ;;
esac

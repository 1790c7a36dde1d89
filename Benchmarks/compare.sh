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
  ols) ;;
  *) echo "usage: Benchmarks/compare.sh NAME   (NAME: ols)" >&2; exit 1 ;;
esac

if [ ! -x "$here/.venv/bin/python" ]; then
  python3 -m venv "$here/.venv"
  "$here/.venv/bin/pip" install --quiet --disable-pip-version-check numpy
fi
py="$here/.venv/bin/python"

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

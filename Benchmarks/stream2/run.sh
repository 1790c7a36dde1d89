#!/usr/bin/env bash
# Stream 2's normals at scale: Benchmarks/stream2/run.sh [N] (default 10⁸ draws);
# `run.sh raw` writes the raw stream instead (dieharder.sh reads it).
# Compiles check.c with the product's Sources/SIMDKernels (the same files, no extra flags
# on them: the vector versions carry their own target attributes), then runs it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src="$here/../../Sources/SIMDKernels"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cc=$(command -v clang || command -v cc)
"$cc" -O2 -I "$src/include" -I "$src" -o "$out/check" "$here/check.c" "$src"/*.c -lm
if [ "${1:-}" = raw ]; then
  "$out/check" raw || true   # ends when the reader closes the pipe
  exit 0
fi
echo "stream 2 check, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
"$out/check" "${1:-100000000}"

#!/usr/bin/env bash
# Stream 2's raw output (block 0, the eight lanes interleaved as the kernels draw them)
# through dieharder (Debian package `dieharder`; TestU01 and PractRand are not packaged
# here). Benchmarks/stream2/dieharder.sh [dieharder options], default: the whole battery.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src="$here/../../Sources/SIMDKernels"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cc=$(command -v clang || command -v cc)
"$cc" -O2 -I "$src/include" -I "$src" -o "$out/check" "$here/check.c" "$src"/*.c -lm
"$out/check" raw | dieharder -g 200 "${@:--a}"

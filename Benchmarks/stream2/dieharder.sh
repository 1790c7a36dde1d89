#!/usr/bin/env bash
# Stream 2's raw output (block 0, the eight lanes interleaved as the kernels draw them)
# through dieharder (Debian package `dieharder`; TestU01 and PractRand are not packaged
# here). Benchmarks/stream2/dieharder.sh [dieharder options], default: the whole battery.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/run.sh" raw | dieharder -g 200 "${@:--a}"

#!/usr/bin/env bash
# Validates the Kubernetes indexed Job of docs/sweeps.md against the Job API's schema
# (kubernetes-validate from PyPI, strict: unknown fields are errors) for Kubernetes 1.29
# and 1.37. Skips, saying why, where the validator cannot be installed. No cluster needed.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
VENV=$REPO/.build/kubernetes-validate
if [ ! -x "$VENV/bin/kubernetes-validate" ]; then
  { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q "kubernetes-validate==1.37.0"; } >/dev/null 2>&1 \
    || { echo "SKIP: kubernetes-validate could not be installed (no python3-venv or no network to PyPI)"; exit 0; }
fi
JOB=$(mktemp /tmp/plansim-job.XXXXXX.yaml)
trap 'rm -f "$JOB"' EXIT
awk '/^```yaml/ { grab = 1; next } grab && /^```/ { exit } grab { print }' "$REPO/docs/sweeps.md" >"$JOB"
grep -q 'completionMode: Indexed' "$JOB" || { echo "FAIL: no indexed Job in docs/sweeps.md"; exit 1; }
for version in 1.29.0 1.37.0; do
  "$VENV/bin/kubernetes-validate" --strict --kubernetes-version "$version" "$JOB"
done
echo "PASS: the indexed Job of docs/sweeps.md is valid batch/v1 for Kubernetes 1.29 and 1.37 (strict)"

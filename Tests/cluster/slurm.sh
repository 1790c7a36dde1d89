#!/usr/bin/env bash
# The Slurm recipe of docs/sweeps.md, run for real on a single-node Slurm started here.
#
#   Tests/cluster/slurm.sh            (or: make test-slurm; CI runs it after `make test`)
#
# Installs slurm-wlm and munge where missing (Debian, as root), writes a one-node
# slurm.conf for this host (its CPUs and memory, private ports, state in a temporary
# folder; /etc/slurm is not touched), starts munged, slurmctld and slurmd, then does what
# docs/sweeps.md tells a cluster user to do, with the scripts and commands taken from
# the docs themselves: submit the sweep of scenarios/ as a job array and the merge with
# `afterany`, kill one task mid-run with SIGKILL, requeue it as the docs say, let the
# merge run, and compare the merged result with an unsharded run byte for byte.
#
# Skips (exit 0, saying why) where Slurm cannot be installed or started: not root, no
# apt-get, daemons that do not come up. Fails (exit 1) when Slurm runs and the recipe
# does not work. Leaves nothing running: jobs are cancelled and the daemons stopped by
# their PID files on every exit (trap), and the temporary folder is removed.
#
# Environment: PLANSIM=path/to/plansim (default: .build/debug/plansim, built if missing),
#              KEEP=1 keeps the temporary folder for inspection.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
START=$(date +%s)
say() { printf '[slurm-test %3ds] %s\n' $(( $(date +%s) - START )) "$*"; }
skip() { say "SKIP: $*"; exit 0; }
fail() { say "FAIL: $*"; exit 1; }

[ "$(uname -s)" = Linux ] || skip "needs Linux (Debian's slurm-wlm)"
[ "$(id -u)" -eq 0 ] || skip "needs root to install and start slurmctld, slurmd and munged"

# --- 1. Slurm and munge ------------------------------------------------------------
missing=""
for p in slurm-wlm munge; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  command -v apt-get >/dev/null || skip "no apt-get to install$missing"
  say "installing$missing"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing; } >/dev/null 2>&1 \
    || skip "could not install$missing (no network to the Debian mirror?)"
fi

PLANSIM=${PLANSIM:-$REPO/.build/debug/plansim}
if [ ! -x "$PLANSIM" ]; then
  say "building plansim (debug)"
  (cd "$REPO" && swift build --product plansim >/dev/null) || fail "plansim does not build"
fi
PLANSIM=$(cd "$(dirname "$PLANSIM")" && pwd)/$(basename "$PLANSIM")

# --- 2. A private one-node cluster ---------------------------------------------------
WORK=$(mktemp -d /tmp/plansim-slurm.XXXXXX)
chmod 755 "$WORK"
STATE=$WORK/state
mkdir -p "$STATE/ctld" "$STATE/d" "$STATE/munge"
export SLURM_CONF=$STATE/slurm.conf

stop_all() {
  local rc=$?
  set +e
  if [ -f "$STATE/slurmctld.pid" ] && kill -0 "$(cat "$STATE/slurmctld.pid")" 2>/dev/null; then
    scancel --quiet --full --user=root >/dev/null 2>&1     # only this private cluster's jobs
    for _ in $(seq 60); do [ -z "$(squeue -h 2>/dev/null)" ] && break; sleep 0.5; done
  fi
  for d in slurmd slurmctld; do
    if [ -f "$STATE/$d.pid" ]; then
      pid=$(cat "$STATE/$d.pid"); kill "$pid" 2>/dev/null
      for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -9 "$pid" 2>/dev/null
    fi
  done
  if [ -f "$STATE/munge/munged.pid" ]; then
    pid=$(cat "$STATE/munge/munged.pid"); kill "$pid" 2>/dev/null
    for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  fi
  if [ "$rc" -ne 0 ] && [ -d "$STATE" ]; then
    for log in slurmctld.log slurmd.log; do [ -f "$STATE/$log" ] && { echo "--- tail of $log"; tail -n 15 "$STATE/$log"; }; done
  fi
  if [ "${KEEP:-0}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
  exit "$rc"
}
trap stop_all EXIT
trap 'say "FAIL: unexpected error at line $LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT TERM

HOST=$(hostname -s)
CPUS=$(nproc)
MEM=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 2 ))
for port in 26817 26818; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then skip "port $port is in use"; fi
done
cat >"$SLURM_CONF" <<EOF
ClusterName=plansimtest
SlurmctldHost=$HOST
SlurmctldPort=26817
SlurmdPort=26818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$STATE/munge/munge.socket
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/d
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/slurmctld.log
SlurmdLogFile=$STATE/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=600
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
NodeName=$HOST CPUs=$CPUS RealMemory=$MEM State=UNKNOWN
PartitionName=main Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
EOF

chown munge:munge "$STATE/munge"; chmod 711 "$STATE/munge"   # munged wants x for all on its socket folder
runuser -u munge -- munged --socket="$STATE/munge/munge.socket" --pid-file="$STATE/munge/munged.pid" \
  --log-file="$STATE/munge/munged.log" --seed-file="$STATE/munge/munged.seed" >/dev/null 2>&1 \
  || skip "munged does not start: $(tail -n 3 "$STATE/munge/munged.log" 2>/dev/null)"
slurmctld -f "$SLURM_CONF" >/dev/null 2>&1 || skip "slurmctld does not start: $(tail -n 3 "$STATE/slurmctld.log" 2>/dev/null)"
slurmd -f "$SLURM_CONF" >/dev/null 2>&1 || skip "slurmd does not start: $(tail -n 3 "$STATE/slurmd.log" 2>/dev/null)"
up=0
for _ in $(seq 60); do
  state=$(sinfo -h -n "$HOST" -o %t 2>/dev/null || true)
  case "$state" in idle|mix|alloc) up=1; break ;; esac
  sleep 0.5
done
[ "$up" = 1 ] || skip "the node does not become idle (state '${state:-none}'): $(tail -n 3 "$STATE/slurmd.log" 2>/dev/null)"
say "Slurm $(sinfo -V | awk '{print $2}') up: node $HOST, $CPUS CPUs, ${MEM} MB"

# --- 3. The docs' recipe -------------------------------------------------------------
# Code blocks of docs/sweeps.md that follow a line naming them (`sweep.sbatch`, …).
block() { awk -v name="$1" 'index($0, "`" name "`") && !grab { want = 1; next }
  want && /^```/ { if (grab) exit; grab = 1; next } grab { print }' "$REPO/docs/sweeps.md"; }
PROJECT=$WORK/project                      # stands for the repository root: tasks start here
mkdir -p "$PROJECT"
cp -r "$REPO/scenarios" "$PROJECT/"
cd "$PROJECT"
block sweep.sbatch >sweep.sbatch
block merge.sbatch >merge.sbatch
block submit >submit.sh
block requeue >requeue.sh
for f in sweep.sbatch merge.sbatch submit.sh requeue.sh; do
  [ -s "$f" ] || fail "docs/sweeps.md has no code block after \`${f%.sh}\`"
done
SHARDS=$(sed -n 's/^#SBATCH --array=1-\([0-9]*\).*/\1/p' sweep.sbatch)
[ -n "$SHARDS" ] || fail "sweep.sbatch has no #SBATCH --array=1-N line"
export PATH="$(dirname "$PLANSIM"):$PATH"   # the docs: plansim on PATH where tasks run
export PLANSIM_LANG=en   # the checks below read the tasks' English log lines

say "submitting as docs/sweeps.md writes it:"; sed 's/^/    /' submit.sh
# shellcheck disable=SC1091
source ./submit.sh                          # sets jid (the array) and mid (the merge)
[ -n "${jid:-}" ] && [ -n "${mid:-}" ] || fail "the submit block must set jid and mid"

# Kill one task mid-run (SIGKILL to its plansim, as an OOM kill or a lost node would) once
# it has written a block but not all of its blocks. Its processes come from Slurm
# (`scontrol listpids`), so nothing outside this cluster's jobs is touched.
victim=""; deadline=$(( $(date +%s) + 300 ))
while [ -z "$victim" ]; do
  [ "$(date +%s)" -lt "$deadline" ] || fail "no task was seen mid-run within 300 s"
  for k in $(seq 1 "$SHARDS"); do
    [ "$(squeue -h -j "${jid}_$k" -o %T 2>/dev/null || true)" = RUNNING ] || continue
    done_blocks=$(stat -c %s "sweeps/output_drivers-$k/blocks.bin" 2>/dev/null || echo 0)  # bytes of records
    [ "$done_blocks" -ge 1 ] || continue
    raw=$(squeue -h -j "${jid}_$k" -o %A 2>/dev/null || true)
    pids=""
    for pid in $(scontrol listpids "$raw" 2>/dev/null | awk 'NR > 1 { print $1 }'); do
      if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = plansim ]; then pids="$pids $pid"; fi
    done
    [ -n "$pids" ] || continue
    # shellcheck disable=SC2086
    kill -9 $pids 2>/dev/null || true
    for _ in $(seq 100); do
      st=$(squeue -h -j "${jid}_$k" -o %T 2>/dev/null || true)
      [ "$st" != RUNNING ] && [ "$st" != COMPLETING ] && break; sleep 0.2
    done
    st=$(scontrol show job "${jid}_$k" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | head -1)
    if [ "$st" = COMPLETED ]; then continue; fi   # it finished before the signal: try another
    victim=$k; break
  done
  sleep 0.1
done
say "killed task $victim (plansim pid$pids) after $done_blocks bytes of its blocks.bin; its state: $st"
task=$victim
say "requeueing as docs/sweeps.md writes it:"; sed 's/^/    /' requeue.sh
# shellcheck disable=SC1091
source ./requeue.sh

# Wait for the merge job (afterany on the whole array, requeued task included).
deadline=$(( $(date +%s) + 480 ))
while squeue -h -j "$mid" 2>/dev/null | grep -q .; do
  [ "$(date +%s)" -lt "$deadline" ] || { squeue; fail "the merge has not run within 480 s"; }
  sleep 1
done
mstate=$(scontrol show job "$mid" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | head -1)
say "merge job $mid: $mstate"
say "requeued task's log:"; sed 's/^/    /' "slurm-${jid}_$victim.out" 2>/dev/null | head -20 || true
[ "$mstate" = COMPLETED ] || { cat slurm-"$mid".out 2>/dev/null; fail "the merge job did not complete"; }
grep -q "skipped, already done (resumed)" "slurm-${jid}_$victim.out" \
  || fail "the requeued task's log does not say which blocks it resumed"

# --- 4. The same sweep on one machine, and the comparison ------------------------------
args=$(grep -o 'plansim sweep [^\\]*' sweep.sbatch | head -1 | sed 's/^plansim sweep //')
say "unsharded reference: plansim sweep $args--out single"
# shellcheck disable=SC2086
"$PLANSIM" sweep $args --out single --quiet >single.log
plansim merge --check sweeps/output_drivers >/dev/null || fail "merge --check finds the merged folder incomplete"
for f in samples.npy outputs.npy indices.json; do
  cmp -s "single/$f" "sweeps/output_drivers/$f" || fail "$f of the merged result differs from the unsharded run"
done
# Sweep folder format 2 keeps a folder's blocks as records of one append-only blocks.bin, in
# the order they finished (docs/sweeps.md), so the shards' files are not compared record by
# record: the merged outputs above are, byte for byte.
say "PASS: $SHARDS-task array, task $victim killed mid-run and requeued, merged with afterany:"
say "      samples.npy, outputs.npy and indices.json equal the unsharded run byte for byte"

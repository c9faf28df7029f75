#!/usr/bin/env bash
# Builds a Release tree, makes (or reuses) the large demo store, runs bench_store, bench_startup,
# bench_tickets (on its own generated store), bench_sync_latency and bench_sync_fleet, and prints
# every figure (also saved under tests/bench/results/, not committed).
#
#   tests/bench/run_benchmarks.sh
#
# Environment (all optional):
#   BUILD_DIR   Release build tree            (default: <repo>/build-bench)
#   CACHE_DIR   where demo stores are kept    (default: ${XDG_CACHE_HOME:-~/.cache}/fielddesk-bench)
#   CUSTOMERS   demo customers                (default: 200000)
#   TICKETS     demo tickets                  (default: 1000000)
#   SEED        demo seed                     (default: 1)
#   N           tickets created by bench_store (default: 2000)
#   QUERIES     search queries of each kind   (default: 500)
#   EDITS       edits bench_sync_latency times (default: 200)
#   FLEET_DEVICES / FLEET_SECONDS  bench_sync_fleet's devices and load length (default: 200, 60)
#   COPY=1      run bench_store on a copy of the store (needs as much free disk again)
#   JOBS        parallel build jobs           (default: 2)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build-bench}
CACHE_DIR=${CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/fielddesk-bench}
CUSTOMERS=${CUSTOMERS:-200000}
TICKETS=${TICKETS:-1000000}
SEED=${SEED:-1}
N=${N:-2000}
QUERIES=${QUERIES:-500}
JOBS=${JOBS:-2}
STORE=$CACHE_DIR/demo-c$CUSTOMERS-t$TICKETS-s$SEED
RESULTS_DIR=$ROOT/tests/bench/results
RESULTS=$RESULTS_DIR/$(date -u +%Y%m%dT%H%M%SZ).txt

mkdir -p "$CACHE_DIR" "$RESULTS_DIR"
say() { echo "$*" | tee -a "$RESULTS"; }

say "# FieldDesk benchmarks $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(uname -n): $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM"
say "# tree $ROOT, load average at start: $(cut -d' ' -f1-3 /proc/loadavg), free disk in cache: $(df -h "$CACHE_DIR" | awk 'NR==2 {print $4}')"

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFIELDDESK_BENCH=ON >/dev/null
targets=(fielddesk-cli fielddesk-server bench_store bench_startup bench_tickets bench_sync_latency bench_sync_fleet)
if ninja -C "$BUILD_DIR" -t targets all 2>/dev/null | grep -q '^fielddesk:'; then
    targets+=(fielddesk)
fi
ninja -C "$BUILD_DIR" -j"$JOBS" "${targets[@]}"
CLI=$BUILD_DIR/cpp/cli/fielddesk-cli

# The demo store is made once and reused: a marker beside it says it was finished.
if [[ ! -f "$STORE.complete" ]]; then
    rm -rf "$STORE"
    say "# making the demo store $STORE (customers $CUSTOMERS, tickets $TICKETS, seed $SEED)"
    start=$(date +%s)
    "$CLI" --data "$STORE" demo --customers "$CUSTOMERS" --tickets "$TICKETS" --seed "$SEED" >"$STORE.demo.txt"
    say "demo_generation wall_s=$(( $(date +%s) - start ))"
    grep -E '^demo_rates' "$STORE.demo.txt" | tee -a "$RESULTS"
    touch "$STORE.complete"
else
    say "# reusing the demo store $STORE"
    grep -E '^demo_rates' "$STORE.demo.txt" 2>/dev/null | sed 's/^/# when made: /' | tee -a "$RESULTS" || true
fi

copy=()
[[ "${COPY:-0}" == 1 ]] && copy=(--copy)
"$BUILD_DIR/tests/bench/bench_store" --data "$STORE" --n "$N" --queries "$QUERIES" "${copy[@]}" | tee -a "$RESULTS"

# bench_startup exits non-zero with a clear message when the app or its flag is missing.
if ! "$BUILD_DIR/tests/bench/bench_startup" --data "$STORE" 2>&1 | tee -a "$RESULTS"; then
    say "# bench_startup: no figures (see the message above)"
fi
# The crew's list and "overdue now" on a store of TICKETS tickets that bench_tickets makes once and reuses.
"$BUILD_DIR/tests/bench/bench_tickets" --data "$CACHE_DIR/tickets-t$TICKETS-s$SEED" --tickets "$TICKETS" --seed "$SEED" \
    | tee -a "$RESULTS"
# A change on one device seen by another, online one (real server on loopback, nudged).
"$BUILD_DIR/tests/bench/bench_sync_latency" --edits "${EDITS:-200}" | tee -a "$RESULTS"
# Many devices syncing at once against one server; exits non-zero when a request or cycle failed.
if ! "$BUILD_DIR/tests/bench/bench_sync_fleet" --devices "${FLEET_DEVICES:-200}" --seconds "${FLEET_SECONDS:-60}" 2>&1 \
        | tee -a "$RESULTS"; then
    say "# bench_sync_fleet: errors or no figures (see the messages above)"
fi
say "# results saved in $RESULTS"

#!/usr/bin/env bash
# Crash safety: shoppers buy under load, half of the payments confirmed by signed Stripe webhook
# deliveries (each delivered twice, racing the shopper's return), while the server is killed with
# SIGKILL three times and restarted. Afterwards the database must show every paid payment with its
# orders paid, stock and units sold moved only by orders (none lost, none duplicated), and each paid
# order counted once in the sales figures (no event applied twice). Exits non-zero on any breach.
# Usage: bench/crash.sh [sqlite|postgres] [seconds of load]
set -euo pipefail
cd "$(dirname "$0")/.."
engine=${1:-sqlite}
seconds=${2:-40}
port=5095

source bench/lib.sh
use_engine "$engine"
dotnet build bench/CheckoutBench -c Release -v q -nologo >/dev/null
# Few products, so shoppers compete for the same stock.
dotnet "$app" seed-bench 300 | tail -n 1
dotnet "$app" consistency-snapshot "$work/before.json"

secret="whsec_crash_$$"
settings=("Payments__Stripe__WebhookSecret=$secret")
start_server "${settings[@]}"
BENCH_WEBHOOK_SECRET="$secret" dotnet bench/CheckoutBench/bin/Release/net10.0/CheckoutBench.dll "$url" 12 "$seconds" \
  > "$work/load.txt" 2> "$work/load-errors.txt" &
load=$!

began=$(date +%s)
restarts=()
for quarter in 1 2 3; do
  sleep $(( began + seconds * quarter / 4 - $(date +%s) ))
  kill -9 "$server"; wait "$server" 2>/dev/null || true
  down=$(date +%s%N)
  start_server "${settings[@]}"
  restarts+=("$(( ($(date +%s%N) - down) / 1000000 ))")
done
wait "$load" || true
stop_server; server=

failures=$(awk '/^failures/ {print $2}' "$work/load.txt")
read -r purchases elapsed <<<"$(tail -n 1 "$work/load.txt")"
set +e
check=$(dotnet "$app" consistency-check "$work/before.json")
verdict=$?
set -e

stamp=$(date -u +%Y-%m-%dT%H%MZ)
out="bench/results/crash-$engine-$stamp.md"
{
  echo "# Crash safety, $engine ($stamp)"
  echo
  echo "12 shoppers for ${seconds}s against the bench catalog (300 products, low stock on some); half the payments confirmed by signed webhook events delivered twice"
  echo "at the moment the shopper approves; the server killed with SIGKILL at 1/4, 1/2 and 3/4 of the run and restarted."
  echo
  echo "| measure | value |"
  echo "| --- | ---: |"
  echo "| purchases completed | $purchases |"
  echo "| purchases cut off by the kills (errors seen by shoppers) | $failures |"
  echo "| restarts (ms from kill to healthy) | ${restarts[*]} |"
  echo
  echo '```'
  echo "$check"
  echo '```'
  echo
  [ "$verdict" -eq 0 ] && echo "**Consistent**: nothing lost, nothing duplicated." || echo "**BREACHES FOUND** (see above)."
} | tee "$out"
echo "written: $out"
exit "$verdict"

#!/usr/bin/env bash
# Checkout benchmark: whole purchases per second (product page → cart → checkout → simulated
# gateway → paid), beside /baseline measured with wrk in the same run.
# Usage: bench/checkout.sh [sqlite|postgres] [seconds] [shoppers]
set -euo pipefail
cd "$(dirname "$0")/.."
engine=${1:-sqlite}
seconds=${2:-15}
shoppers=${3:-16}
products=${BENCH_PRODUCTS:-2000}
port=5098
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

source bench/lib.sh
use_engine "$engine"
dotnet build bench/CheckoutBench -c Release -v q -nologo >/dev/null
dotnet "$app" seed-bench "$products" | tail -n 1

start_server

wrk -t2 -c16 -d3s "$url/baseline" >/dev/null 2>&1
base_rps=$(wrk -t2 -c16 -d5s "$url/baseline" | awk '/Requests\/sec/ {print $2}')
dotnet bench/CheckoutBench/bin/Release/net10.0/CheckoutBench.dll "$url" "$shoppers" 3 >/dev/null  # warm-up
result=$(dotnet bench/CheckoutBench/bin/Release/net10.0/CheckoutBench.dll "$url" "$shoppers" "$seconds" 2> "$work/failures.txt") || true
head -n 3 "$work/failures.txt" >&2
failures=$(echo "$result" | awk '/^failures/ {print $2}')
read -r purchases elapsed <<<"$(echo "$result" | tail -n 1)"

stamp=$(date -u +%Y-%m-%dT%H%MZ)
out="bench/results/checkout-$engine-$stamp.md"
{
  echo "# Checkout benchmark, $engine ($stamp)"
  echo
  echo "$shoppers shoppers for ${seconds}s on 127.0.0.1, simulated gateway, Release build; $(nproc) cores shared with the load."
  echo "A purchase is 9 HTTP requests: product page, add to cart, checkout page, checkout, gateway page, approve, paid page (+2 redirects followed by hand)."
  echo
  echo "| measure | value | vs baseline req/s |"
  echo "| --- | ---: | ---: |"
  echo "| /baseline req/s (wrk -c16) | $base_rps | 1.00 |"
  awk -v p="$purchases" -v e="$elapsed" -v b="$base_rps" 'BEGIN { r = p / e; printf "| purchases/s (cart to paid) | %.1f | %.4f |\n| requests/s inside purchases | %.0f | %.2f |\n", r, r / b, r * 7, r * 7 / b }'
  echo "| failed purchases | $failures | |"
} | tee "$out"
echo "written: $out"

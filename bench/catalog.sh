#!/usr/bin/env bash
# Catalog benchmark: seeds 100,000 products, then measures /products, a search and a product page
# with wrk on 127.0.0.1, each beside /baseline (the same layout, no database) measured in the same
# run, and prints the ratios. Usage: bench/catalog.sh [sqlite|postgres] [seconds per endpoint]
set -euo pipefail
cd "$(dirname "$0")/.."
engine=${1:-sqlite}
seconds=${2:-10}
products=${BENCH_PRODUCTS:-100000}
port=5099
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

source bench/lib.sh
use_engine "$engine"
echo "Seeding $products products on $engine..."
seed_started=$(date +%s)
dotnet "$app" seed-bench "$products" | tail -n 1
echo "seeded in $(( $(date +%s) - seed_started )) s"

measure() { # name path -> "rps p50 p99"
  wrk -t2 -c16 -d"${seconds}s" --latency "$url$2" > "$work/$1.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/$1.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$work/$1.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/$1.txt")
  if grep -q "Non-2xx" "$work/$1.txt"; then echo "non-2xx answers for $2" >&2; exit 1; fi
  echo "$rps $p50 $p99"
}
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v); print v + 0 } else { sub(/s/, "", v); print v * 1000 } }'; }

query=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("세제"))' 2>/dev/null || echo "%EC%84%B8%EC%A0%9C")
stamp=$(date -u +%Y-%m-%dT%H%MZ)
out="bench/results/catalog-$engine-$stamp.md"

# One pass per cache setting: as served (anonymous pages cached for seconds) and with every
# shared cache off, which is what a signed-in member or a first visit to a new query costs.
run_pass() { # label caching-on?
  start_server Caching__SharedReads="$2"
  product_id=$(curl -s "$url/products?sort=Popular" | grep -o 'href="/products/[0-9]*"' | head -n 1 | grep -o '[0-9]*')
  local paths=(/baseline /products "/products?q=$query" "/products/$product_id")
  # Warm every endpoint first: the JIT and tiered compilation would otherwise favour whichever runs last.
  for path in "${paths[@]}"; do wrk -t2 -c16 -d3s "$url$path" >/dev/null 2>&1; done
  local base_rps base_p50 base_p99
  read -r base_rps base_p50 base_p99 <<<"$(measure baseline /baseline)"
  echo "| $1 | /baseline | $base_rps | $(to_ms "$base_p50") | $(to_ms "$base_p99") | 1.00 | |"
  for spec in "catalog|/products|ratio ≥ 0.50" "search|/products?q=$query|p99 ≤ 50 ms" "product|/products/$product_id|ratio ≥ 0.50"; do
    IFS='|' read -r name path target <<<"$spec"
    read -r rps p50 p99 <<<"$(measure "$name" "$path")"
    ratio=$(awk -v a="$rps" -v b="$base_rps" 'BEGIN { printf "%.2f", a / b }')
    echo "| $1 | $path | $rps | $(to_ms "$p50") | $(to_ms "$p99") | $ratio | $target |"
  done
  stop_server
}

{
  echo "# Catalog benchmark, $engine, $products products ($stamp)"
  echo
  echo "wrk -t2 -c16 -d${seconds}s on 127.0.0.1, Release build, Production settings; $(nproc) cores shared with wrk."
  echo "Ratios are to /baseline (same layout, no database) measured in the same pass."
  echo
  echo "| caches | endpoint | req/s | p50 ms | p99 ms | throughput vs baseline | target |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | --- |"
  run_pass "on" true
  run_pass "off" false
} | tee "$out"
echo "written: $out"

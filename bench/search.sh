#!/usr/bin/env bash
# Search benchmark: seeds 100,000 products, builds the search index (timed), then measures with wrk at 16
# connections searches that no cache has seen (bench/search-queries.lua: a new query on every request),
# with the shop's shared caches on and off, each beside /baseline in the same pass, and the server's memory.
# Targets (issue 13): p99 ≤ 20 ms, throughput ≥ 50% of /baseline, no non-2xx answer.
# Usage: bench/search.sh [sqlite|postgres] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
engine=${1:-sqlite}
seconds=${2:-10}
products=${BENCH_PRODUCTS:-100000}
warm=${BENCH_WARM:-45}
port=5097
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

source bench/lib.sh
use_engine "$engine"
dotnet "$app" seed-bench "$products" | tail -n 1
index_line=$(dotnet "$app" reindex | tail -n 1)   # "reindexed: N documents in T ms"
index_mb=$(du -sm "$work/search-index" | cut -f1)

run() { # output-file [wrk args...]
  local out=$1; shift
  wrk -t2 -c16 -d"${seconds}s" --latency "$@" > "$out"
  if grep -q "Non-2xx" "$out"; then echo "non-2xx answers:" >&2; cat "$out" >&2; exit 1; fi
}
figures() { awk 'function ms(v) { if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000; if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0; return substr(v, 1, length(v) - 1) * 1000 }
  /Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } END { printf "%s %.1f %.1f\n", rps, p50, p99 }' "$1"; }

# Two passes: as served (the shop's shared caches on; every query is new to them, so only query-independent
# lists such as the categories come from a cache), and with every shared cache off.
rows=()
for caches in true false; do
  start_server Caching__SharedReads=$caches
  # Warm until steady: the runtime's second-tier compilation of the search code takes tens of seconds of load
  # (at 5 s the same build measured a third of its steady throughput).
  wrk -t2 -c16 -d"${warm}s" -s bench/search-queries.lua "$url" >/dev/null 2>&1
  wrk -t2 -c16 -d3s "$url/baseline" >/dev/null 2>&1
  run "$work/baseline.txt" "$url/baseline"
  run "$work/search.txt" -s bench/search-queries.lua "$url"
  read -r base_rps base_p50 base_p99 <<<"$(figures "$work/baseline.txt")"
  read -r rps p50 p99 <<<"$(figures "$work/search.txt")"
  label=$([ "$caches" = true ] && echo "on (queries new to them)" || echo "off")
  rows+=("| $label | /baseline | $base_rps | $base_p50 | $base_p99 | 1.00 | |")
  rows+=("| $label | /products?q=(a new query) | $rps | $p50 | $p99 | $(awk -v a="$rps" -v b="$base_rps" 'BEGIN { printf "%.2f", a / b }') | p99 ≤ 20 ms, ≥ 0.50 |")
  rss_mb=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$server/status")
  peak_mb=$(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$server/status")
  stop_server
done

stamp=$(date -u +%Y-%m-%dT%H%MZ)
out="bench/results/search-$engine-$stamp.md"
{
  echo "# Search benchmark, $engine, $products products ($stamp)"
  echo
  echo "wrk -t2 -c16 -d${seconds}s on 127.0.0.1, Release build, Production settings, $(nproc) cores shared by server and wrk;"
  echo "a query no cache has seen on every request (bench/search-queries.lua: pairs of catalog words, sorts), after ${warm} s of the same load."
  echo
  echo "| shared caches | endpoint | req/s | p50 ms | p99 ms | throughput vs baseline | target |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Index: $index_line; $index_mb MB on disk. Server memory after the last pass: $rss_mb MB resident, $peak_mb MB at peak."
} | tee "$out"
echo "written: $out"

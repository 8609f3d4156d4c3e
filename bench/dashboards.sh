#!/usr/bin/env bash
# Operator dashboards at scale: seeds 1,000,000 paid orders and 200,000 members, then times the
# member and sales dashboards (a year per day, and two years per month) as the signed-in operator,
# beside /baseline in the same run. Target: each dashboard under one second.
# Usage: bench/dashboards.sh [sqlite|postgres] [orders] [members]
set -euo pipefail
cd "$(dirname "$0")/.."
engine=${1:-sqlite}
orders=${2:-1000000}
members=${3:-200000}
port=5097

source bench/lib.sh
use_engine "$engine"
started=$(date +%s)
dotnet "$app" seed-bench-orders "$orders" "$members" | tail -n 1
echo "seeded in $(( $(date +%s) - started )) s"

start_server

jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$url/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Email=admin@demo.kr" --data-urlencode "Password=Demo1234!" \
  --data-urlencode "__RequestVerificationToken=$token" "$url/account/login"

# Median of seven timed requests, after one warm-up.
time_ms() {
  curl -s -o /dev/null -b "$jar" "$url$1"
  for _ in 1 2 3 4 5 6 7; do
    status_time=$(curl -s -o /dev/null -b "$jar" -w "%{http_code} %{time_total}" "$url$1")
    [ "${status_time%% *}" = "200" ] || { echo "HTTP ${status_time%% *} for $1" >&2; exit 1; }
    echo "${status_time##* }"
  done | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[4] * 1000 }'
}

today=$(TZ=Asia/Seoul date +%F)
year_ago=$(TZ=Asia/Seoul date -d "-1 year" +%F)
two_years_ago=$(TZ=Asia/Seoul date -d "-2 years" +%F)
stamp=$(date -u +%Y-%m-%dT%H%MZ)
out="bench/results/dashboards-$engine-$stamp.md"
base=$(time_ms /baseline)
{
  echo "# Operator dashboards, $engine, $orders orders and $members members ($stamp)"
  echo
  echo "Median of 7 requests as the signed-in operator, Release build, Production settings; $(nproc) cores. Target: under 1,000 ms."
  echo
  echo "| page | median ms | vs /baseline |"
  echo "| --- | ---: | ---: |"
  echo "| /baseline | $base | 1.0 |"
  for path in "/admin/members?from=$year_ago&to=$today&grain=Day" "/admin/members?from=$two_years_ago&to=$today&grain=Month" \
              "/admin/sales?from=$year_ago&to=$today" "/admin/sales?from=$two_years_ago&to=$today" "/admin/sales/1?from=$two_years_ago&to=$today" \
              "/admin/members.csv?from=$two_years_ago&to=$today&grain=Week" "/admin/sales.csv?from=$two_years_ago&to=$today"; do
    ms=$(time_ms "$path")
    echo "| \`$path\` | $ms | $(awk -v a="$ms" -v b="$base" 'BEGIN { printf "%.1f", a / b }') |"
  done
} | tee "$out"
echo "written: $out"

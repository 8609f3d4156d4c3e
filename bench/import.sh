#!/usr/bin/env bash
# A shopper's write while a seller imports a large CSV: the shopper changes their cart again and
# again (one write each) while seller@demo.kr uploads N rows; the same changes measured on the quiet
# shop first, in the same run, are the baseline. Target: the import barely delays the shopper.
# Usage: bench/import.sh [sqlite|postgres] [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
engine=${1:-sqlite}
rows=${2:-2000}
port=5096

source bench/lib.sh
use_engine "$engine"
start_server DemoData__Enabled=true DemoData__History=false

token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
sign_in() { # JAR EMAIL
  local token; token=$(curl -s -c "$1" -b "$1" "$url/account/login" | token_of)
  curl -s -o /dev/null -c "$1" -b "$1" --data-urlencode "Email=$2" --data-urlencode "Password=Demo1234!" \
    --data-urlencode "__RequestVerificationToken=$token" "$url/account/login"
}
seller="$work/seller" shopper="$work/shopper"
sign_in "$seller" seller@demo.kr
sign_in "$shopper" consumer@demo.kr

product=$(curl -s "$url/products" | grep -o 'href="/products/[0-9]*"' | head -n 1 | grep -o '[0-9]*')
cart_token=$(curl -s -c "$shopper" -b "$shopper" "$url/products/$product" | token_of)
curl -s -o /dev/null -b "$shopper" -c "$shopper" --data "productId=$product&quantity=1&__RequestVerificationToken=$cart_token" "$url/cart/add"

# One cart write (quantity 1 ↔ 2), its status and seconds, per line.
cart_writes() { # COUNT OUT
  for i in $(seq 1 "$1"); do
    curl -s -o /dev/null -b "$shopper" -c "$shopper" -w '%{http_code} %{time_total}\n' \
      --data "productId=$product&quantity=$(( i % 2 + 1 ))&__RequestVerificationToken=$cart_token" "$url/cart/update"
  done > "$2"
}
# Cart writes, one after another, for as long as process PID runs.
cart_writes_while() { # PID OUT
  local i=0
  while kill -0 "$1" 2>/dev/null; do
    i=$(( i + 1 ))
    curl -s -o /dev/null -b "$shopper" -c "$shopper" -w '%{http_code} %{time_total}\n' \
      --data "productId=$product&quantity=$(( i % 2 + 1 ))&__RequestVerificationToken=$cart_token" "$url/cart/update"
  done > "$2"
}
summary() { # FILE → "count p50_ms p99_ms max_ms failures"
  awk '{ print $2 * 1000 }' "$1" | sort -n | awk '{ a[NR] = $1 } END {
    m = int(NR * 0.5); if (m < 1) m = 1; n = int(NR * 0.99); if (n < 1) n = 1
    printf "%d %.1f %.1f %.1f", NR, a[m], a[n], a[NR] }'
  echo " $(awk '$1 != "302"' "$1" | wc -l)"
}

cart_writes 30 /dev/null  # warm-up
cart_writes 200 "$work/quiet.txt"

csv="$work/import.csv"
echo "sku,name,kind,category,price,stock" > "$csv"
for i in $(seq 1 "$rows"); do echo "BENCH-$i,벤치 상품 $i,Goods,household,$(( 1000 + i )),50"; done >> "$csv"
import_token=$(curl -s -b "$seller" -c "$seller" "$url/seller/products/import" | token_of)
started=$(date +%s.%N)
curl -s -o "$work/import.html" -b "$seller" -c "$seller" -w '%{http_code}' -F "__RequestVerificationToken=$import_token" \
  -F "file=@$csv;type=text/csv" "$url/seller/products/import" > "$work/import.status" &
importer=$!
cart_writes_while "$importer" "$work/busy.txt"
wait "$importer" || true
import_seconds=$(echo "$(date +%s.%N) - $started" | bc)
grep -q "$rows" "$work/import.html" || { echo "the import did not report $rows rows (status $(cat "$work/import.status"))"; exit 1; }

read -r qn qp50 qp99 qmax qfail <<<"$(summary "$work/quiet.txt")"
read -r bn bp50 bp99 bmax bfail <<<"$(summary "$work/busy.txt")"
stamp=$(date -u +%Y-%m-%dT%H%MZ)
out="bench/results/import-$engine-$stamp.md"
{
  echo "# A shopper's write while a seller imports $rows rows, $engine ($stamp)"
  echo
  echo "One shopper changes a cart quantity again and again (each a write and a redirect): $qn times on the quiet shop, then $bn times"
  echo "while seller@demo.kr uploads a $rows-row CSV (status $(cat "$work/import.status"), $(printf '%.2f' "$import_seconds") s from upload to report); Release build on 127.0.0.1, $(nproc) cores shared."
  echo
  echo "| cart write | p50 ms | p99 ms | max ms | failed | p99 vs quiet |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  echo "| quiet | $qp50 | $qp99 | $qmax | $qfail | 1.00 |"
  awk -v p="$bp99" -v q="$qp99" -v a="$bp50" -v m="$bmax" -v f="$bfail" 'BEGIN { printf "| during the import | %s | %s | %s | %s | %.2f |\n", a, p, m, f, p / q }'
} | tee "$out"
echo "written: $out"

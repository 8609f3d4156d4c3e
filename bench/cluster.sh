#!/usr/bin/env bash
# Two servers of one shop on 127.0.0.1 (two ports), one PostgreSQL database and one Redis, as behind a
# load balancer (docs/decisions/0010). Shows, with real processes: a member signed in on A continues on B;
# a sign-in limit reached on A holds on B; shoppers on both keep buying while Redis is killed and later
# server A is killed with SIGKILL (B keeps answering all along), and afterwards the consistency check
# finds no payment or order lost or doubled. The price, photo and single-sweep checks run in CI with
# two servers in one process (tests/.../Infrastructure/Cluster/TwoServersTests.cs).
# Needs PostgreSQL as test.sh sets it up, and redis-server. Usage: bench/cluster.sh [seconds of load]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
port=5093
command -v redis-server >/dev/null || { echo "redis-server is missing: apt-get install redis-server"; exit 1; }

source bench/lib.sh
use_engine postgres
dotnet build bench/CheckoutBench -c Release -v q -nologo >/dev/null
dotnet "$app" seed-bench 300 | tail -n 1
dotnet "$app" consistency-snapshot "$work/before.json"

redis_port=6391
start_redis() { redis-server --bind 127.0.0.1 --port $redis_port --save "" --appendonly no > "$work/redis.log" 2>&1 & redis=$!; sleep 0.5; }
start_redis
export Redis__Connection="127.0.0.1:$redis_port" Redis__InstanceName="cluster-$$" Storage__Kind=Database RateLimits__SignInsPerMinute=30

a_url=$url
b_url="http://127.0.0.1:$((port + 1))"
start_at() { # URL LOG -> pid in $started
  dotnet "$app" --urls "$1" > "$2" 2>&1 &
  started=$!
  for _ in $(seq 1 60); do curl -sf "$1/healthz" >/dev/null && return; sleep 1; done
  echo "the server at $1 did not start:"; tail -n 20 "$2"; exit 1
}
start_at "$a_url" "$work/a.log"; server=$started
start_at "$b_url" "$work/b.log"; b_server=$started
trap 'kill $b_server $redis 2>/dev/null; stop_server; drop_database; rm -rf "$work"' EXIT

results=()
check() { results+=("| $1 | $2 |"); echo "$1: $2"; }

# A member signed in on A continues on B (the keys are in the database).
jar="$work/jar"
sign_in "$a_url" consumer@demo.kr "$jar" >/dev/null
check "signed in on A, /orders on B" "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$b_url/orders")"

# Shoppers on both servers; Redis killed at 1/3 and back at 1/2, server A killed at 2/3 and back.
dotnet bench/CheckoutBench/bin/Release/net10.0/CheckoutBench.dll "$a_url" 6 "$seconds" > "$work/load-a.txt" 2> "$work/load-a-errors.txt" &
load_a=$!
dotnet bench/CheckoutBench/bin/Release/net10.0/CheckoutBench.dll "$b_url" 6 "$seconds" > "$work/load-b.txt" 2> "$work/load-b-errors.txt" &
load_b=$!
for _ in $(seq 1 600); do grep -q buying "$work/load-a.txt" "$work/load-b.txt" 2>/dev/null && [ "$(grep -l buying "$work"/load-?.txt | wc -l)" = 2 ] && break; sleep 0.1; done
began=$(date +%s)
b_answers=0; b_refusals=0
watch_b() { # counts B's catalog answers until the given second
  while [ "$(date +%s)" -lt "$1" ]; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$b_url/products")" = 200 ]; then b_answers=$((b_answers + 1)); else b_refusals=$((b_refusals + 1)); fi
    sleep 0.2
  done
}
watch_b $(( began + seconds / 3 ))
kill -9 "$redis"; wait "$redis" 2>/dev/null || true
check "health of B with Redis down" "$(curl -s "$b_url/healthz")"
watch_b $(( began + seconds / 2 ))
start_redis
watch_b $(( began + seconds * 2 / 3 ))
kill -9 "$server"; wait "$server" 2>/dev/null || true
watch_b $(( $(date +%s) + 3 ))
start_at "$a_url" "$work/a2.log"; server=$started
wait "$load_a" "$load_b" || true
check "B's catalog during the run (answers / failures)" "$b_answers / $b_refusals"

# A limit reached on A holds on B: sign in with a wrong password on A until A refuses, then once on B.
wrong() { local t
  t=$(curl -s -c "$work/w" -b "$work/w" "$1/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -w '%{http_code}' -c "$work/w" -b "$work/w" --data-urlencode "Email=consumer@demo.kr" --data-urlencode "Password=wrong-password" \
    --data-urlencode "__RequestVerificationToken=$t" "$1/account/login"; }
for _ in $(seq 1 40); do [ "$(wrong "$a_url")" = 429 ] && break; done
check "sign-in on B after A's limit was reached" "$(wrong "$b_url")"

kill "$b_server"; wait "$b_server" 2>/dev/null || true
stop_server; server=
set +e
consistency=$(dotnet "$app" consistency-check "$work/before.json")
verdict=$?
set -e
purchases() { tail -n 1 "$1" | awk '{print $1}'; }

stamp=$(date -u +%Y-%m-%dT%H%MZ)
out="bench/results/cluster-$stamp.md"
{
  echo "# Two servers, one PostgreSQL, one Redis ($stamp)"
  echo
  echo "6 shoppers on each server for ${seconds}s; Redis killed (SIGKILL) at 1/3 and restarted at 1/2; server A killed (SIGKILL) at 2/3 and restarted."
  echo
  echo "| check | result |"
  echo "| --- | --- |"
  printf '%s\n' "${results[@]}"
  echo "| purchases completed on A / on B | $(purchases "$work/load-a.txt") / $(purchases "$work/load-b.txt") |"
  echo "| failed purchase attempts on A (retried every 200 ms while it was down) / on B | $(awk '/^failures/ {print $2}' "$work/load-a.txt") / $(awk '/^failures/ {print $2}' "$work/load-b.txt") |"
  echo
  echo "First errors the shoppers on B saw (A's are its own downtime):"
  echo
  echo '```'
  head -n 3 "$work/load-b-errors.txt"
  echo '```'
  echo
  echo '```'
  echo "$consistency"
  echo '```'
  echo
  [ "$verdict" -eq 0 ] && echo "**Consistent**: nothing lost, nothing duplicated." || echo "**BREACHES FOUND** (see above)."
} | tee "$out"
echo "written: $out"
exit "$verdict"

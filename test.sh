#!/usr/bin/env bash
# Runs every test project. Installs what the tests need when it is missing (Debian's
# postgresql, redis-server, chromium, Korean fonts and poppler, with apt-get), starts PostgreSQL
# and Redis on 127.0.0.1,
# then prints one line: "N passed, N failed" (", N skipped" when any), summed over all projects.
set -uo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -u postgres bash -c "$1"; fi; }

missing=()
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
# The two-server tests share caches' invalidation, rate limits and sign-outs through Redis.
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
# The procurement PDFs are drawn in NanumGothic and read back with pdftotext.
[ -f /usr/share/fonts/truetype/nanum/NanumGothic.ttf ] || missing+=(fonts-nanum)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# The accessibility tests inject axe-core from npm.
command -v npm >/dev/null 2>&1 || missing+=(npm)
# The mail tests read the outbox with Python's own e-mail parser, as another program would.
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Chromium's first start on a new machine otherwise builds the font cache inside a test.
command -v fc-cache >/dev/null 2>&1 && fc-cache >/dev/null 2>&1

# PostgreSQL: the newest installed cluster, on 127.0.0.1:5432, with a login for the tests.
pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$pg_version main$" || as_root pg_createcluster "$pg_version" main >/dev/null
pg_lsclusters -h | grep "^$pg_version main" | grep -q online || as_root pg_ctlcluster "$pg_version" main start
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
as_postgres "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='marketplace'\"" | grep -q 1 \
  || as_postgres "psql -qc \"CREATE ROLE marketplace LOGIN CREATEDB PASSWORD 'marketplace'\""
export MARKETPLACE_TEST_POSTGRES="${MARKETPLACE_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=marketplace;Password=marketplace;Database=postgres}"

# Redis on 127.0.0.1:6379, without persistence: the tests' keys and channels are their own (Redis:InstanceName).
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port 6379 --save "" --appendonly no --daemonize yes >/dev/null
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.2; done
fi
export MARKETPLACE_TEST_REDIS="${MARKETPLACE_TEST_REDIS:-127.0.0.1:6379}"

# axe-core, pinned in tests/Marketplace.BrowserTests/package-lock.json.
(cd tests/Marketplace.BrowserTests && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || echo "npm ci failed: the accessibility tests will fail"

results=TestResults
rm -rf "$results"
dotnet test Marketplace.sln --logger trx --results-directory "$results" "$@"
test_exit=$?

# Sum the counters of every project's TRX file (dotnet test's own summary is per project).
# Skipped tests are those counted in total but neither passed nor failed (TRX leaves notExecuted at 0 for them).
read -r passed failed skipped < <(cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
  { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"|\/|>/, "", kv[2]);
      if (kv[1] == "total") t += kv[2]; if (kv[1] == "passed") p += kv[2]; if (kv[1] == "failed") f += kv[2]; } }
  END { print p + 0, f + 0, t - p - f }')
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "Screenshots: $(pwd)/$results/screenshots"
echo "$line"
if [ "$test_exit" -ne 0 ] || [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi

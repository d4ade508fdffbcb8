#!/usr/bin/env bash
# The API against plain Kestrel answering the very same bytes, alternating in one run (API, plain, API, plain ...),
# with the response cache off, on with its in-process tier only, and held only by Redis (issue 10, item 8).
# Usage: bench/cache.sh [rounds=2] [seconds=5] [connections=16] [modes="off memory redis"]
#   off     ResponseCache__Enabled=false
#   memory  ResponseCache__Enabled=true, no Redis: the in-process tier only
#   redis   a redis-server of its own on a free loopback port; API instance A (Redis on) answers each request once to
#           fill it and is stopped; instance B (Redis on, ResponseCache__MemoryTier=false) is measured, so every hit
#           comes from Redis
#           plain+Redis: in mode redis a third server, plain Kestrel reading the same bytes from the same redis-server
#           (one GET per request), runs in the same rounds: the floor for an answer held only by Redis
# Per mode and request (`{ __typename }`, bench/queries/proposals.json, bench/queries/evidence.json): a warm-up of each
# server, then `rounds` x (API, plain) runs of wrk -t1 -c<connections> -d<seconds>. Prints a markdown table and keeps
# the raw outputs (wrk, logs, answers, one TSV line per run) in a temporary folder it names. Needs the .NET SDK, wrk,
# python3 and (mode redis) redis-server and redis-cli. Stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2}
secs=${2:-5}
conns=${3:-16}
modes=${4:-"off memory redis"}
for m in $modes; do
  case $m in off|memory|redis) ;; *) echo "unknown mode '$m' (off, memory, redis)" >&2; exit 2 ;; esac
done
out=$(mktemp -d "${TMPDIR:-/tmp}/apecgraph-cache.XXXXXX")
echo "raw outputs: $out" >&2
load0=$(cut -d' ' -f1-3 /proc/loadavg)   # the machine is shared: its load beside the numbers

. bench/lib.sh   # started+=(pid): stopped on exit; free_port
# utime + stime of a process in clock ticks (fields 14 and 15; the name in field 2 may hold spaces)
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
status_kib() { awk -v k="$2:" '$1 == k {print $2}' "/proc/$1/status"; }
hz=$(getconf CLK_TCK)

echo "publishing the API (Release) and building the plain endpoint ..." >&2
dotnet publish src/ApecGraph.Api -c Release -o "$out/api" -v quiet -nologo >"$out/publish.log" 2>&1 \
  || { cat "$out/publish.log" >&2; exit 1; }
dotnet build bench/cache/Plain -c Release -o "$out/plain" -v quiet -nologo >"$out/plain-build.log" 2>&1 \
  || { cat "$out/plain-build.log" >&2; exit 1; }

mkdir -p "$out/requests"
printf '{"query":"{ __typename }"}' >"$out/requests/typename.json"
cp bench/queries/proposals.json bench/queries/evidence.json "$out/requests/"
queries="typename proposals evidence"

# start_api NAME [VAR=value ...]: the published API on a free port, embedded store; sets api_pid and api_url
start_api() {
  local name=$1; shift
  local port; port=$(free_port)
  env -u ConnectionStrings__Redis -u ResponseCache__Enabled -u ResponseCache__MemoryTier "$@" \
    GraphStore__GraphSeedsPath="$PWD/graph-seeds" Logging__LogLevel__Default=Warning \
    "$out/api/ApecGraph.Api" --urls "http://127.0.0.1:$port" >"$out/$name.log" 2>&1 &
  api_pid=$!
  started+=("$api_pid")
  api_url="http://127.0.0.1:$port"
  echo "$name: pid $api_pid on $api_url, $*" >>"$out/processes.txt"
  for _ in $(seq 1 150); do
    curl -sf "$api_url/health" >/dev/null 2>&1 && return 0
    kill -0 "$api_pid" 2>/dev/null || break
    sleep 0.2
  done
  echo "API $name did not start:" >&2; cat "$out/$name.log" >&2; exit 1
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# ask URL REQUEST PREFIX: one request as wrk sends it; answer in PREFIX.body, headers in PREFIX.headers
ask() {
  curl -s -o "$3.body" -D "$3.headers" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    -H 'Accept: application/graphql-response+json' --data-binary @"$2" "$1/graphql"
}

# wrk_run URL REQUEST FILE: one wrk run; every answer is read (not 200 or "errors" = bad), the RESULT line kept
wrk_run() {
  WRK_BODY=$2 wrk -t1 -c"$conns" -d"${secs}s" --timeout 5s --latency -s bench/post.lua "$1/graphql" \
    >"$3" 2>&1 || true
  grep -q '^RESULT' "$3" || { echo "wrk failed: $3" >&2; cat "$3" >&2; exit 1; }
}
field() { grep '^RESULT' "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'; }

printf 'mode\tquery\tserver\tround\trps\tp50_ms\tp99_ms\trequests\tbad\tnon2xx\tsocket_errors\tcpu_ticks\n' >"$out/runs.tsv"
printf 'mode\tvmrss_kib\tvmhwm_kib\tnote\n' >"$out/modes.tsv"

# measure MODE: every request against the running API ($api_pid, $api_url) and a plain endpoint with its bytes
measure() {
  local mode=$1 q req d code ppid port purl i f t0 t1 p0 p1
  for q in $queries; do
    req=$out/requests/$q.json
    d=$out/$mode/$q; mkdir -p "$d"
    code=$(ask "$api_url" "$req" "$d/api")
    python3 - "$d/api.body" "$code" <<'PY' || { echo "$mode $q: the API's answer is not a 200 without errors" >&2; exit 1; }
import json, sys
d = json.load(open(sys.argv[1], "rb"))
assert sys.argv[2] == "200" and "data" in d and not d.get("errors"), (sys.argv[2], str(d)[:300])
PY
    port=$(free_port); purl="http://127.0.0.1:$port"
    PLAIN_BODY=$d/api.body PLAIN_HEADERS=$d/api.headers "$out/plain/Plain" --urls "$purl" >"$d/plain.log" 2>&1 &
    ppid=$!; started+=("$ppid")
    for _ in $(seq 1 100); do curl -sf "$purl/health" >/dev/null 2>&1 && break; sleep 0.1; done
    ask "$purl" "$req" "$d/plain" >/dev/null
    cmp -s "$d/api.body" "$d/plain.body" || { echo "$mode $q: the plain endpoint's bytes differ" >&2; exit 1; }
    servers="api plain"
    if [ "$mode" = redis ]; then
      # the floor for an answer held only by Redis: plain Kestrel reading the same bytes from the same redis-server
      # with one GET per request (the API's own entry has a small header, so the bytes go in under a key of their own)
      redis-cli -p "$rport" -x set "bench:plain:$q" <"$d/api.body" >/dev/null
      port=$(free_port); rurl="http://127.0.0.1:$port"
      PLAIN_BODY=$d/api.body PLAIN_HEADERS=$d/api.headers PLAIN_REDIS="127.0.0.1:$rport" PLAIN_REDIS_KEY="bench:plain:$q" \
        "$out/plain/Plain" --urls "$rurl" >"$d/plain-redis.log" 2>&1 &
      rppid=$!; started+=("$rppid")
      for _ in $(seq 1 100); do curl -sf "$rurl/health" >/dev/null 2>&1 && break; sleep 0.1; done
      ask "$rurl" "$req" "$d/plain-redis" >/dev/null
      cmp -s "$d/api.body" "$d/plain-redis.body" || { echo "$mode $q: the plain+Redis endpoint's bytes differ" >&2; exit 1; }
      servers="api plain plain-redis"
    fi
    echo "$mode $q: $(wc -c <"$d/api.body") bytes, API pid $api_pid, plain pid $ppid" >&2
    wrk_run "$api_url" "$req" "$d/warmup-api.txt"; wrk_run "$purl" "$req" "$d/warmup-plain.txt"
    if [ "$mode" = redis ]; then wrk_run "$rurl" "$req" "$d/warmup-plain-redis.txt"; fi
    for i in $(seq 1 "$rounds"); do
      t0=$(cpu_ticks "$api_pid"); wrk_run "$api_url" "$req" "$d/api-$i.txt"; t1=$(cpu_ticks "$api_pid")
      p0=$(cpu_ticks "$ppid"); wrk_run "$purl" "$req" "$d/plain-$i.txt"; p1=$(cpu_ticks "$ppid")
      if [ "$mode" = redis ]; then
        r0p=$(cpu_ticks "$rppid"); wrk_run "$rurl" "$req" "$d/plain-redis-$i.txt"; r1p=$(cpu_ticks "$rppid")
      fi
      for f in $servers; do
        case $f in api) t=$((t1 - t0)) ;; plain) t=$((p1 - p0)) ;; *) t=$((r1p - r0p)) ;; esac
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$mode" "$q" $f "$i" \
          "$(field "$d/$f-$i.txt" rps)" "$(field "$d/$f-$i.txt" p50_ms)" "$(field "$d/$f-$i.txt" p99_ms)" \
          "$(field "$d/$f-$i.txt" requests)" "$(field "$d/$f-$i.txt" bad)" "$(field "$d/$f-$i.txt" non2xx)" \
          "$(field "$d/$f-$i.txt" socket_errors)" "$t" >>"$out/runs.tsv"
      done
    done
    stop "$ppid"
    if [ "$mode" = redis ]; then stop "$rppid"; fi
  done
}

for mode in $modes; do
  note=""
  case $mode in
    off)    start_api "api-off" ResponseCache__Enabled=false ;;
    memory) start_api "api-memory" ResponseCache__Enabled=true ;;
    redis)
      rport=$(free_port)
      redis-server --port "$rport" --bind 127.0.0.1 --save "" --appendonly no --maxmemory 64mb \
        --maxmemory-policy allkeys-lru >"$out/redis.log" 2>&1 &
      rpid=$!; started+=("$rpid")
      echo "redis-server: pid $rpid on 127.0.0.1:$rport" >>"$out/processes.txt"
      for _ in $(seq 1 50); do [ "$(redis-cli -p "$rport" ping 2>/dev/null)" = PONG ] && break; sleep 0.1; done
      [ "$(redis-cli -p "$rport" ping 2>/dev/null)" = PONG ] || { echo "redis-server did not start" >&2; cat "$out/redis.log" >&2; exit 1; }
      # A fills Redis (one request of each), then stops; B, its in-process tier off, is measured
      start_api "api-redis-fill" ResponseCache__Enabled=true "ConnectionStrings__Redis=127.0.0.1:$rport"
      mkdir -p "$out/redis/fill"
      for q in $queries; do
        code=$(ask "$api_url" "$out/requests/$q.json" "$out/redis/fill/$q")
        [ "$code" = 200 ] && ! grep -q '"errors"' "$out/redis/fill/$q.body" \
          || { echo "redis fill: $q answered $code or with errors" >&2; exit 1; }
      done
      stop "$api_pid"
      keys=$(redis-cli -p "$rport" dbsize)
      [ "$keys" -gt 0 ] || echo "warning: Redis holds no key after A's requests: this API does not use Redis (yet)" >&2
      start_api "api-redis" ResponseCache__Enabled=true "ConnectionStrings__Redis=127.0.0.1:$rport" ResponseCache__MemoryTier=false
      r0=$(cpu_ticks "$rpid")
      ;;
  esac
  measure "$mode"
  if [ "$mode" = redis ]; then
    r1=$(cpu_ticks "$rpid")
    note="redis keys after A's fill: $keys, at the end: $(redis-cli -p "$rport" dbsize); redis-server CPU over B's runs: $(( (r1 - r0) * 1000 / hz )) ms, used_memory $(redis-cli -p "$rport" info memory | awk -F: '/^used_memory_human/ {print $2}' | tr -d '\r')"
    redis-cli -p "$rport" info stats | grep -E '^keyspace_(hits|misses)' | tr -d '\r' >"$out/redis/keyspace.txt" || true
    note="$note, $(paste -sd' ' "$out/redis/keyspace.txt")"
  fi
  printf '%s\t%s\t%s\t%s\n' "$mode" "$(status_kib "$api_pid" VmRSS)" "$(status_kib "$api_pid" VmHWM)" "$note" >>"$out/modes.tsv"
  stop "$api_pid"
  if [ "$mode" = redis ]; then stop "$rpid"; fi
done

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain -- src 2>/dev/null | head -1)
python3 - "$out" "$rounds" "$secs" "$conns" "$hz" "$commit${dirty:+ (src modified)}" "$(nproc)" "$load0" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY' | tee "$out/table.md"
import csv, statistics, sys
out, rounds, secs, conns, hz, commit, cores, load0, load1 = sys.argv[1:10]
hz = int(hz)
runs = list(csv.DictReader(open(f"{out}/runs.tsv"), delimiter="\t"))
modes = {r["mode"]: r for r in csv.DictReader(open(f"{out}/modes.tsv"), delimiter="\t")}
names = {"typename": "`{ __typename }`", "proposals": "`proposals`", "evidence": "`evidence`"}
# (mode, query) -> (bound on the median ratio, bound on the API's median p99 in ms or None)
targets = {("memory", "proposals"): (0.80, 5.0), ("redis", "proposals"): (0.50, None),
           ("off", "proposals"): (0.15, None), ("off", "typename"): (0.60, None)}
print(f"`bench/cache.sh {rounds} {secs} {conns}`, commit {commit}, {cores} cores, wrk -t1 -c{conns}, "
      f"{rounds} x {secs} s per server and request after a warm-up, alternating API and plain; "
      f"load average {load0} at the start, {load1} at the end")
print()
print("| mode | request | bytes | API req/s | plain req/s | ratio | API p50 / p99 ms | bad | API CPU µs/req | plain CPU µs/req | API RSS / HWM MiB | target | met |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
failed = []
for mode in [m for m in ["off", "memory", "redis"] if m in modes]:
    rss = int(modes[mode]["vmrss_kib"]) / 1024; hwm = int(modes[mode]["vmhwm_kib"]) / 1024
    for q in ["typename", "proposals", "evidence"]:
        a = [r for r in runs if r["mode"] == mode and r["query"] == q and r["server"] == "api"]
        b = [r for r in runs if r["mode"] == mode and r["query"] == q and r["server"] == "plain"]
        if not a: continue
        ratios = [float(x["rps"]) / float(y["rps"]) for x, y in zip(a, b)]
        ratio = statistics.median(ratios)
        p50 = statistics.median(float(x["p50_ms"]) for x in a); p99 = statistics.median(float(x["p99_ms"]) for x in a)
        bad = sum(int(x["bad"]) + int(x["non2xx"]) + int(x["socket_errors"]) for x in a)
        pbad = sum(int(x["bad"]) + int(x["non2xx"]) + int(x["socket_errors"]) for x in b)
        rps = lambda rs: " / ".join(f"{float(x['rps']):,.0f}" for x in rs)
        cpu = lambda rs: sum(int(x["cpu_ticks"]) for x in rs) * 1e6 / hz / max(1, sum(int(x["requests"]) for x in rs))
        size = len(open(f"{out}/{mode}/{q}/api.body", "rb").read())
        want, met = [], True
        if (mode, q) in targets:
            rmin, p99max = targets[(mode, q)]
            want.append(f"ratio ≥ {rmin:.2f}"); met &= ratio >= rmin
            if p99max is not None: want.append(f"p99 < {p99max:g} ms"); met &= p99 < p99max
        want.append("0 bad"); met &= bad == 0
        want.append("HWM < 256"); met &= hwm < 256
        if not met: failed.append(f"{mode} {q}")
        spread = f" ({min(ratios):.3f}–{max(ratios):.3f})" if len(ratios) > 1 else ""
        print(f"| {mode} | {names[q]} | {size:,} | {rps(a)} "
              f"| {rps(b)} | **{ratio:.3f}**{spread} | {p50:.2f} / {p99:.2f} "
              f"| {bad}{f' (plain {pbad})' if pbad else ''} | {cpu(a):.0f} | {cpu(b):.0f} | {rss:.0f} / {hwm:.0f} "
              f"| {', '.join(want)} | {'yes' if met else '**no**'} |")
print()
print("ratio: median over the rounds of API req/s / plain req/s in the same round (min–max); p50/p99: medians over the "
      "rounds; bad: the API's answers that were not 200 or contained \"errors\", plus socket errors; CPU: the process's "
      "utime+stime over its wrk runs / requests; RSS / HWM: VmRSS and VmHWM of the API process at the end of the mode.")
floor = [q for q in ["typename", "proposals", "evidence"] if any(r["server"] == "plain-redis" and r["query"] == q for r in runs)]
if floor:
    print()
    print("The floor with Redis: plain Kestrel reading the same bytes from the same redis-server, one GET per request, in the same rounds.")
    print()
    print("| request | plain+Redis req/s | plain+Redis / plain | API / plain+Redis | plain+Redis CPU µs/req |")
    print("|---|---:|---:|---:|---:|")
    for q in floor:
        pick = lambda s: [r for r in runs if r["mode"] == "redis" and r["query"] == q and r["server"] == s]
        a, b, c = pick("api"), pick("plain"), pick("plain-redis")
        med = lambda xs, ys: statistics.median(float(x["rps"]) / float(y["rps"]) for x, y in zip(xs, ys))
        cpu = sum(int(x["cpu_ticks"]) for x in c) * 1e6 / hz / max(1, sum(int(x["requests"]) for x in c))
        per_round = " / ".join(f"{float(x['rps']):,.0f}" for x in c)
        print(f"| {names[q]} | {per_round} "
              f"| {med(c, b):.3f} | {med(a, c):.3f} | {cpu:.0f} |")
for mode in modes:
    if modes[mode]["note"]: print(f"\n{mode}: {modes[mode]['note']}")
print()
print("all targets met" if not failed else "targets not met: " + ", ".join(failed))
PY
echo "raw outputs: $out" >&2

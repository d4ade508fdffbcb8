#!/usr/bin/env bash
# The API at scale (issue 12): generated graphs of several sizes, each compiled to a snapshot and served by the
# embedded store (and imported into Neo4j where NEO4J_URI is set), timed with wrk beside the repository's own graph.
# Usage: bench/scale.sh [sizes="10000 100000 1000000"] [seconds=10] [connections=8]
#   SCALE_DIR   where the generated graphs and snapshots are kept between runs (default /tmp/apecgraph-scale); a size
#               already generated there by the same generator source is reused (same seed, same bytes), else
#               generated again; a snapshot is rebuilt when missing
#   NEO4J_URI   (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) also import each size into that Neo4j and time the
#               same requests against the API on it; the database's graph is replaced
# Per graph: generate and compile times and peak memory, the API's time from start to its first healthy answer,
# its RSS and HWM, then p50/p99 and req/s of: an entity by id, its first 20 relations with both ends (neighbours),
# a page of the biggest hub's relations, a name search, a 4-hop path between two random entities, and every request
# of bench/queries/ as it is. Random ids, names and pairs come from the graph's own files (seeded). The response
# cache and the rate limits are off: every request is executed. Needs the .NET SDK, wrk, python3, curl and GNU time
# (/usr/bin/time, Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"10000 100000 1000000"}
secs=${2:-10}
conns=${3:-8}
root=${SCALE_DIR:-/tmp/apecgraph-scale}
for need in wrk python3 curl /usr/bin/time; do
  command -v "$need" >/dev/null || { echo "bench/scale.sh needs $need (Debian: apt-get install wrk python3 curl time)" >&2; exit 2; }
done
out=$(mktemp -d "${TMPDIR:-/tmp}/apecgraph-scale-run.XXXXXX")
mkdir -p "$root"
echo "raw outputs: $out" >&2

. bench/lib.sh   # started+=(pid): stopped on exit; free_port
status_mib() { awk -v k="$2:" '$1 == k {printf "%.0f", $2/1024}' "/proc/$1/status"; }
# peak RSS (MiB) and wall seconds of a command, from GNU time
timed() { local log=$1; shift; /usr/bin/time -f "%e %M" -o "$log.time" "$@" >"$log" 2>&1; }
time_of() { awk '{printf "%.1f", $1}' "$1.time"; }
peak_of() { awk '{printf "%.0f", $2/1024}' "$1.time"; }

echo "building (Release) ..." >&2
dotnet publish src/ApecGraph.Api -c Release -o "$out/api" -v quiet -nologo >"$out/publish.log" 2>&1 || { cat "$out/publish.log" >&2; exit 1; }
dotnet publish src/ApecGraph.Cli -c Release -o "$out/cli" -v quiet -nologo >>"$out/publish.log" 2>&1 || { cat "$out/publish.log" >&2; exit 1; }
cli="$out/cli/ApecGraph.Cli"

# samples DIR: ids, names, pairs of ids from a graph-seeds folder's entity files (not relations-*.yaml), seeded
samples() {
  python3 - "$1" "$out/samples" <<'PY'
import glob, os, random, sys
folder, target = sys.argv[1], sys.argv[2]
os.makedirs(target, exist_ok=True)
ids, names = [], []
for path in sorted(glob.glob(os.path.join(folder, "*.yaml"))):
    if os.path.basename(path).startswith("relations"):
        continue
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  - id: "):
                ids.append(line[8:].strip().strip('"'))
            elif line.startswith("    name: "):
                names.append(line[10:].strip().strip('"').replace('\\"', '"'))
rng = random.Random(12)
pick = lambda xs, n: [xs[rng.randrange(len(xs))] for _ in range(n)]
with open(os.path.join(target, "ids.tsv"), "w") as f:
    f.write("\n".join(pick(ids, 2000)) + "\n")
with open(os.path.join(target, "names.tsv"), "w") as f:
    # the whole name, or its first word (a prefix search), as a user types them; JSON-safe
    f.write("\n".join((n if rng.random() < 0.5 else n.split(" ")[0]).replace("\\", "").replace('"', "") for n in pick(names, 2000)) + "\n")
with open(os.path.join(target, "pairs.tsv"), "w") as f:
    f.write("\n".join(f"{a}\t{b}" for a, b in zip(pick(ids, 2000), pick(ids, 2000))) + "\n")
PY
}

mkdir -p "$out/templates"
cat >"$out/templates/lookup.json" <<'EOF'
{"query":"{ entity(id: \"%1%\") { id kind name aliases } }"}
EOF
cat >"$out/templates/neighbours.json" <<'EOF'
{"query":"{ entity(id: \"%1%\") { id relations(first: 20) { type from { id name } to { id name } } } }"}
EOF
cat >"$out/templates/hub-page.json" <<'EOF'
{"query":"{ entity(id: \"organisation:apec\") { id relations(first: 50) { id type from { id } to { id } } } }"}
EOF
cat >"$out/templates/search.json" <<'EOF'
{"query":"{ search(text: \"%1%\", first: 10) { score matched entity { id kind name } } }"}
EOF
cat >"$out/templates/path4.json" <<'EOF'
{"query":"{ paths(from: \"%1%\", to: \"%2%\", maxHops: 4, first: 3) { length entities { id } relations { type } } }"}
EOF
random_requests="lookup:ids neighbours:ids hub-page:ids search:names path4:pairs"

results="$out/results.tsv"
printf 'graph\tstore\tready_s\trss_mib\thwm_mib\trequest\trps\tp50_ms\tp99_ms\tbad\n' >"$results"

# measure LABEL STORE PID URL: wrk over every request against a started API
measure() {
  local label=$1 store=$2 pid=$3 url=$4 ready=$5 spec name kind line
  for spec in $random_requests; do
    name=${spec%%:*}; kind=${spec#*:}
    IDS_FILE="$out/samples/$kind.tsv" TEMPLATE_FILE="$out/templates/$name.json" \
      wrk -t1 -c"$conns" -d5s -s bench/scale.lua "$url/graphql" >/dev/null
    line=$(IDS_FILE="$out/samples/$kind.tsv" TEMPLATE_FILE="$out/templates/$name.json" \
      wrk -t1 -c"$conns" -d"${secs}s" --timeout 10s -s bench/scale.lua "$url/graphql" | tee "$out/$label-$store-$name.wrk" | grep '^RESULT')
    row "$label" "$store" "$pid" "$ready" "$name" "$line"
  done
  for query in bench/queries/*.json; do
    name=queries/$(basename "$query" .json)
    BODY_FILE="$query" wrk -t1 -c"$conns" -d5s -s bench/post.lua "$url/graphql" >/dev/null
    line=$(BODY_FILE="$query" wrk -t1 -c"$conns" -d"${secs}s" --timeout 10s -s bench/post.lua "$url/graphql" | grep '^RESULT')
    row "$label" "$store" "$pid" "$ready" "$name" "$line"
  done
}
row() {
  local v; v=$(echo "$6" | sed 's/RESULT //')
  get() { echo "$v" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k {print $2}'; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$4" "$(status_mib "$3" VmRSS)" "$(status_mib "$3" VmHWM)" "$5" \
    "$(get rps)" "$(get p50_ms)" "$(get p99_ms)" "$(( $(get bad) + $(get socket_errors) ))" >>"$results"
}

# start_api NAME VAR=value ...: the published API on a free port; sets api_pid, api_url, ready_s (start to /health 200)
start_api() {
  local name=$1; shift
  local port; port=$(free_port)
  local t0; t0=$(date +%s.%N)
  env ResponseCache__Enabled=false RateLimit__Enabled=false Logging__LogLevel__Default=Warning "$@" \
    "$out/api/ApecGraph.Api" --urls "http://127.0.0.1:$port" >"$out/api-$name.log" 2>&1 &
  api_pid=$!
  started+=("$api_pid")
  api_url="http://127.0.0.1:$port"
  for _ in $(seq 1 1200); do
    if curl -sf "$api_url/health" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$api_pid" 2>/dev/null; then echo "the API ($name) stopped: $(tail -5 "$out/api-$name.log")" >&2; exit 1; fi
    sleep 0.1
  done
  ready_s=$(python3 -c "import time; print(f'{time.time() - $t0:.1f}')")
}
stop_api() { kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; }

prep="$out/prep.tsv"
printf 'graph\tentities\trelations\tgenerate_s\tgenerate_peak_mib\tcompile_s\tcompile_peak_mib\tsnapshot_mib\tneo4j_import_s\n' >"$prep"

# the repository's own graph first: the yardstick for "no more than 3x slower"
samples graph-seeds
start_api repo GraphStore__GraphSeedsPath="$PWD/graph-seeds"
echo "repository graph: ready in $ready_s s" >&2
measure 102 embedded "$api_pid" "$api_url" "$ready_s"
stop_api

# The generator's own source, hashed: a size generated by another version of it is generated (and compiled) again.
generator=$(cat src/ApecGraph.Core/Generation/*.cs | sha256sum | cut -c1-16)
for n in $sizes; do
  dir="$root/$n"
  gen_s=-; gen_peak=-
  if [ -d "$dir/graph-seeds" ] && [ "$(cat "$dir/generator.txt" 2>/dev/null)" != "$generator" ]; then
    echo "$dir was generated by another version of the generator: generating it again" >&2
    rm -rf "${dir:?}/graph-seeds" "${dir:?}/seeds" "${dir:?}/graph.snapshot"
  fi
  if [ ! -d "$dir/graph-seeds" ]; then
    echo "generating $n entities into $dir ..." >&2
    timed "$out/generate-$n.log" "$cli" generate --entities "$n" --seed 1 --out "$dir" || { cat "$out/generate-$n.log" >&2; exit 1; }
    gen_s=$(time_of "$out/generate-$n.log"); gen_peak=$(peak_of "$out/generate-$n.log")
    echo "$generator" >"$dir/generator.txt"
  fi
  if [ ! -f "$dir/graph.snapshot" ]; then
    echo "compiling $n ..." >&2
    timed "$out/compile-$n.log" "$cli" compile --graph "$dir/graph-seeds" --sources "$dir/seeds" --out "$dir/graph.snapshot" \
      || { tail -20 "$out/compile-$n.log" >&2; exit 1; }
    comp_s=$(time_of "$out/compile-$n.log"); comp_peak=$(peak_of "$out/compile-$n.log")
  else
    comp_s=-; comp_peak=-
  fi
  samples "$dir/graph-seeds"
  start_api "$n" GraphStore__Snapshot="$dir/graph.snapshot"
  counts=$(curl -s "$api_url/graphql" -H 'content-type: application/json' \
    -d '{"query":"{ graph { entities relations } }"}' | python3 -c 'import json,sys; g=json.load(sys.stdin)["data"]["graph"]; print(g["entities"], g["relations"])' 2>/dev/null || echo "- -")
  echo "$n entities: ready in $ready_s s, RSS $(status_mib "$api_pid" VmRSS) MiB" >&2
  measure "$n" embedded "$api_pid" "$api_url" "$ready_s"
  stop_api

  import_s=-
  if [ -n "${NEO4J_URI:-}" ]; then
    echo "importing $n into $NEO4J_URI ..." >&2
    # from the snapshot (validated when compiled): the client holds the columns, not 9 GB of records at 1M;
    # the password goes by NEO4J_PASSWORD, as import reads it
    timed "$out/import-$n.log" "$cli" import --uri "$NEO4J_URI" \
      ${NEO4J_USER:+--user "$NEO4J_USER"} ${NEO4J_DATABASE:+--database "$NEO4J_DATABASE"} \
      --snapshot "$dir/graph.snapshot" || { tail -20 "$out/import-$n.log" >&2; exit 1; }
    import_s=$(time_of "$out/import-$n.log")
    start_api "$n-neo4j" GraphStore__Kind=Neo4j Neo4j__Uri="$NEO4J_URI" Neo4j__User="${NEO4J_USER:-}" \
      Neo4j__Password="${NEO4J_PASSWORD:-}" Neo4j__Database="${NEO4J_DATABASE:-neo4j}"
    measure "$n" neo4j "$api_pid" "$api_url" "$ready_s"
    stop_api
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" ${counts% *} ${counts#* } "$gen_s" "$gen_peak" "$comp_s" "$comp_peak" \
    "$(du -mL "$dir/graph.snapshot" | cut -f1)" "$import_s" >>"$prep"
done

python3 - "$prep" "$results" "$secs" "$conns" <<'PY'
import csv, sys
prep, results, secs, conns = sys.argv[1:]
print(f"`bench/scale.sh`, wrk -t1 -c{conns}, {secs} s per request after 5 s of warm-up, response cache off\n")
rows = list(csv.DictReader(open(prep), delimiter="\t"))
print("| graph | entities | relations | generate s | generate peak MiB | compile s | compile peak MiB | snapshot MiB | Neo4j import s |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in rows:
    print("| " + " | ".join(r[k] for k in ["graph", "entities", "relations", "generate_s", "generate_peak_mib", "compile_s", "compile_peak_mib", "snapshot_mib", "neo4j_import_s"]) + " |")
res = list(csv.DictReader(open(results), delimiter="\t"))
base = {r["request"]: float(r["p50_ms"] or 0) for r in res if r["graph"] == "102"}
print("\n| graph | store | ready s | RSS / HWM MiB | request | req/s | p50 ms | p99 ms | p50 vs 102 | bad |")
print("|---|---|---:|---:|---|---:|---:|---:|---:|---:|")
for r in res:
    ratio = float(r["p50_ms"]) / base[r["request"]] if base.get(r["request"]) else 0
    print(f"| {r['graph']} | {r['store']} | {r['ready_s']} | {r['rss_mib']} / {r['hwm_mib']} | {r['request']} | {float(r['rps']):,.0f} | {r['p50_ms']} | {r['p99_ms']} | {ratio:.2f}x | {r['bad']} |")
PY

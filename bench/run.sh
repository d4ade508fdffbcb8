#!/usr/bin/env bash
# Load benchmark of the API on the embedded store: wrk from a second process over loopback.
# Usage: bench/run.sh [seconds per query, default 20] [connections, default 8]
# Needs: the .NET SDK, wrk (Debian: apt-get install wrk). Stops the API it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-8}
port=5099
out=$(mktemp -d)

dotnet publish src/ApecGraph.Api -c Release -o "$out/api" -v quiet -nologo >/dev/null
GraphStore__GraphSeedsPath="$PWD/graph-seeds" Logging__LogLevel__Default=Warning \
  "$out/api/ApecGraph.Api" --urls "http://127.0.0.1:$port" >"$out/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$api/status"; }

echo "ApecGraph load benchmark: $(nproc) cores, $connections connections, ${seconds}s per query, $(date -u +%F)"
echo "RSS after start: $(rss) MiB"
for query in bench/queries/*.json; do
  name=$(basename "$query" .json)
  # warm-up (JIT, tiered compilation), then the measured run
  BODY_FILE="$query" wrk -t1 -c"$connections" -d3s -s bench/post.lua "http://127.0.0.1:$port/graphql" >/dev/null
  line=$(BODY_FILE="$query" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s -s bench/post.lua "http://127.0.0.1:$port/graphql" | grep '^RESULT')
  echo "$name ${line#RESULT } rss_mib=$(rss)"
done

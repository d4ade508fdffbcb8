#!/usr/bin/env bash
# The hostile corpus (issue 8) against a Release build of the API over loopback.
# Usage: bench/hostile.sh [report path, default bench/results/hostile-<date>.md] [runner options, e.g. --concurrency 8]
# Starts the API on a free 127.0.0.1 port (embedded store) with its log in a file, sends every request of the corpus
# (bench/hostile, ApecGraph.HostileRunner), greps the log for unhandled exceptions and "fail:" entries, stops the API.
set -euo pipefail
cd "$(dirname "$0")/.."
report=${1:-bench/results/hostile-$(date -u +%Y%m%d-%H%M).md}
shift || true
out=$(mktemp -d)
mkdir -p "$(dirname "$report")"

dotnet publish src/ApecGraph.Api -c Release -o "$out/api" -v quiet -nologo >/dev/null
dotnet build bench/hostile -c Release -o "$out/runner" -v quiet -nologo >/dev/null
GraphStore__GraphSeedsPath="$PWD/graph-seeds" "$out/api/ApecGraph.Api" --urls "http://127.0.0.1:0" >"$out/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true; wait $api 2>/dev/null || true; rm -rf "$out"' EXIT
url=""
for _ in $(seq 1 150); do   # the API prints the port it bound once it has started (at most 30 s)
  url=$(grep -o 'Now listening on: http://127.0.0.1:[0-9]*' "$out/api.log" | head -1 | sed 's/Now listening on: //') || true
  [ -n "$url" ] && break
  kill -0 $api 2>/dev/null || { cat "$out/api.log"; exit 1; }
  sleep 0.2
done
[ -n "$url" ] || { echo "the API did not start"; cat "$out/api.log"; exit 1; }
echo "API pid $api on $url"

status=0
"$out/runner/ApecGraph.HostileRunner" --url "$url" --pid "$api" --out "$report" "$@" || status=$?
alive=$(kill -0 $api 2>/dev/null && echo yes || echo no)

{
  echo
  echo "## Server log"
  echo
  echo "API process alive after the run: $alive. \`fail:\` entries: $(grep -c '^fail:' "$out/api.log" || true); lines naming an unhandled exception: $(grep -ciE 'unhandled' "$out/api.log" || true)."
  echo
  echo "| count | fail: entry (category and first message line) |"
  echo "|---:|---|"
  grep -A1 '^fail:' "$out/api.log" | grep -v '^--$' | paste - - | sed -E 's/\[[0-9]+\]//; s/\|/\\|/g' | cut -c1-220 | sort | uniq -c | sort -rn | head -20 \
    | awk '{c=$1; $1=""; printf "| %s | `%s` |\n", c, substr($0,2)}' || true   # no fail: entry is no failure
  echo
  echo "The first fail: entries in full (the log itself is removed with the API's folder):"
  echo
  echo '```'
  grep -m3 -A14 '^fail:' "$out/api.log" | cut -c1-300 || true
  echo '```'
} >>"$report"
grep -iE 'unhandled|^fail:' "$out/api.log" | head -5 || true
echo "report: $report"
exit $status

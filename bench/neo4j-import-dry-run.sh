#!/usr/bin/env bash
# The client side of a Neo4j import without a server: loads and validates a graph, then builds and serialises every
# batch exactly as `import` would send it (ApecGraph.Cli import --dry-run), and reports time and memory.
# Usage: bench/neo4j-import-dry-run.sh DIR   (DIR holds graph-seeds/ and seeds/, e.g. from `ApecGraph.Cli generate`)
set -euo pipefail
dir=${1:?usage: $0 DIR (with graph-seeds/ and seeds/)}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$root/src/ApecGraph.Cli" -c Release -v quiet -nologo >/dev/null
/usr/bin/time -f "elapsed %e s, max RSS %M KiB" \
  dotnet "$root/src/ApecGraph.Cli/bin/Release/net10.0/ApecGraph.Cli.dll" import --dry-run \
  --graph "$dir/graph-seeds" --sources "$dir/seeds" "${@:2}"

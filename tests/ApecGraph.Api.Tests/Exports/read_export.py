"""Reads an ApecGraph export back with a real parser and prints what it found as one JSON line.

  read_export.py graphml FILE        networkx.read_graphml (as a MultiDiGraph)
  read_export.py csv NODES EDGES     Python's csv module (RFC 4180)
"""
import collections
import csv
import json
import sys


def elements(path):
    """The number of each GraphML element, counted by the standard library's XML parser (networkx would merge
    two edges with the same id into one)."""
    import xml.etree.ElementTree as ET
    counts = collections.Counter()
    for _, element in ET.iterparse(path):
        counts[element.tag.rsplit("}", 1)[-1]] += 1
        element.clear()
    return counts


def graphml(path):
    import networkx
    g = networkx.read_graphml(path, force_multigraph=True)
    evidence = [e for _, _, d in g.edges(data=True) for e in json.loads(d["evidence"])]
    evidence += [e for _, d in g.nodes(data=True) if "evidence" in d for e in json.loads(d["evidence"])]
    return {
        "type": type(g).__name__,
        "directed": g.is_directed(),
        "version": g.graph.get("version"),
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "elements": elements(path),
        "kinds": collections.Counter(d.get("kind") for _, d in g.nodes(data=True)),
        "types": collections.Counter(d.get("type") for _, _, d in g.edges(data=True)),
        "edgeIds": sorted(k for _, _, k in g.edges(keys=True)),
        "sample": {n: d for n, d in g.nodes(data=True) if n == "economy:malaysia"},
        "quotes": [[e["document"], e["quote"]] for e in evidence],
    }


def table(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, strict=True))


def csv_export(nodes_path, edges_path):
    nodes, edges = table(nodes_path), table(edges_path)
    evidence = [e for row in edges for e in json.loads(row["evidence"])]
    evidence += [e for row in nodes if row["evidence"] for e in json.loads(row["evidence"])]
    return {
        "nodeColumns": list(nodes[0].keys()) if nodes else [],
        "edgeColumns": list(edges[0].keys()) if edges else [],
        "versions": sorted({row["graph_version"] for row in nodes + edges}),
        "nodes": len(nodes),
        "edges": len(edges),
        "kinds": collections.Counter(row["kind"] for row in nodes),
        "types": collections.Counter(row["type"] for row in edges),
        "edgeIds": sorted(row["id"] for row in edges),
        "sample": {row["id"]: row for row in nodes if row["id"] == "economy:malaysia"},
        "quotes": [[e["document"], e["quote"]] for e in evidence],
    }


if __name__ == "__main__":
    mode = sys.argv[1]
    result = graphml(sys.argv[2]) if mode == "graphml" else csv_export(sys.argv[2], sys.argv[3])
    print(json.dumps(result, ensure_ascii=False))

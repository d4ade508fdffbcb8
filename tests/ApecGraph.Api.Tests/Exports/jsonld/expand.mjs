// Expands an ApecGraph JSON-LD export with jsonld.js and prints what it found as one JSON line.
//   node expand.mjs EXPORT_FILE CONTEXT_FILE CONTEXT_URL
// The document loader serves CONTEXT_URL from CONTEXT_FILE (as the API under test served it) and refuses every
// other URL, so the expansion never touches the network. CONTEXT_FILE "-": the export embeds its context; load nothing.
import { readFileSync } from "node:fs";
import jsonld from "jsonld";

const [exportFile, contextFile, contextUrl] = process.argv.slice(2);
const context = contextFile === "-" ? null : JSON.parse(readFileSync(contextFile, "utf8"));
const documentLoader = async (url) => {
  if (context !== null && url === contextUrl) return { contextUrl: null, document: context, documentUrl: url };
  throw new Error(`refusing to load ${url}: only the API's context is served`);
};

const SCHEMA = "https://schema.org/", PROV = "http://www.w3.org/ns/prov#";
const expanded = await jsonld.expand(JSON.parse(readFileSync(exportFile, "utf8")), { documentLoader, safe: true });
const typeCounts = {};
const quotes = [];
let dataset = null, relations = 0, derived = 0;
for (const node of expanded) {
  for (const type of node["@type"] ?? []) typeCounts[type] = (typeCounts[type] ?? 0) + 1;
  if ((node["@type"] ?? []).includes(SCHEMA + "Dataset")) dataset = node;
  for (const quote of node[PROV + "wasDerivedFrom"] ?? []) {
    derived++;
    quotes.push([quote[PROV + "wasQuotedFrom"][0]["@id"], quote[PROV + "value"][0]["@value"]]);
  }
}
const sample = expanded.find((n) => n["@id"]?.endsWith("/entity/economy:malaysia")) ?? null;
console.log(JSON.stringify({
  nodes: expanded.length,
  version: dataset?.[SCHEMA + "version"]?.[0]?.["@value"] ?? null,
  datasetId: dataset?.["@id"] ?? null,
  typeCounts, derived, quotes, sample,
}));

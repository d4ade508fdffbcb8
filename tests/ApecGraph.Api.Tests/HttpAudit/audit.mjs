// Runs every GraphQL-over-HTTP server audit of graphql-http (serverAudits) against the URL given on the command line,
// e.g. `node audit.mjs http://127.0.0.1:5000/graphql`. Prints one JSON line per audit: {id, name, status, reason}
// (status ok, notice, warn or error; reason only when not ok). Exits 1 if any audit is not ok, 2 on bad usage.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url of the GraphQL endpoint>');
  process.exit(2);
}

let failed = 0;
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  let result;
  try {
    result = await audit.fn();
  } catch (e) {
    // the audit throws only when it cannot run at all (e.g. the server is not there)
    result = { id: audit.id, name: audit.name, status: 'error', reason: `audit threw: ${e?.message ?? e}` };
  }
  const line = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    failed++;
    line.reason = result.reason;
  }
  console.log(JSON.stringify(line));
}
process.exit(failed ? 1 : 0);

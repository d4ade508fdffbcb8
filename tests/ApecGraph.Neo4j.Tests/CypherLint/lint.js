// Lints Cypher statements with Neo4j's parser and semantic analysis (@neo4j-cypher/language-support).
// Input: a JSON object { name: statement }. Prints one line per statement; exits 1 if any has an error.
// "Parameter $x is not defined" is not an error here: the statements are checked without their parameters.
const { lintCypherQuery } = require('@neo4j-cypher/language-support');
const statements = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
let failed = 0;
for (const [name, text] of Object.entries(statements)) {
  const result = lintCypherQuery(text, {});
  const errors = (result.diagnostics ?? result)
    .filter(d => d.severity === 1 && !/^Parameter \$\w+ is not defined/.test(d.message));
  if (errors.length > 0) {
    failed++;
    console.log(`FAIL ${name}: ${errors.map(e => e.message).join(' | ')}\n${text}`);
  } else {
    console.log(`ok ${name}`);
  }
}
process.exit(failed > 0 ? 1 : 0);

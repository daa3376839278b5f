// npm run seeds:check — every problem in every seed file, as file:line:column: message.
import { formatProblem } from '../parse.js';
import { loadSeedDir } from '../load.js';

const dir = process.argv[2] ?? 'seeds';
const result = await loadSeedDir(dir);
for (const p of result.problems) console.error(formatProblem(p));
const nodes = result.batch.nodes.length;
const rels = result.batch.rels.length;
console.log(
  result.quotes.checked
    ? `quotes checked against ${result.quotes.dir}`
    : `quotes NOT checked: ${result.quotes.dir} is absent`,
);
console.log(`${result.files.length} files, ${nodes} nodes, ${rels} relationships, ${result.problems.length} problems`);
process.exitCode = result.problems.length > 0 ? 1 : 0;

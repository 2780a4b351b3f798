/* eslint-disable no-console -- a command-line tool: its output is the report */
// Validates gold files against their documents (docs/annotation.md). Usage: validate-gold [id…]
import { docIds, hasGold, readDoc, readGold } from '../src/corpus-paths';
import { validateGold } from '../src/validate-gold';

const wanted = process.argv.slice(2).map((a) => a.replace(/^.*\//u, '').replace(/\.(json|txt)$/u, ''));
const ids = wanted.length > 0 ? wanted : docIds();
let bad = 0;
let checked = 0;
let missing = 0;
for (const id of ids) {
  if (!hasGold(id)) {
    missing += 1;
    if (wanted.length > 0) console.log(`${id}: no gold file`);
    continue;
  }
  let problems: string[];
  try {
    problems = validateGold(id, readDoc(id), readGold(id));
  } catch (error) {
    problems = [`cannot read: ${(error as Error).message}`];
  }
  checked += 1;
  if (problems.length > 0) {
    bad += 1;
    console.log(`${id}: ${problems.length} problem(s)`);
    for (const p of problems) console.log(`  - ${p}`);
  }
}
console.log(`${checked} gold file(s) checked, ${bad} with problems, ${missing} document(s) without gold`);
process.exitCode = bad > 0 || (wanted.length > 0 && missing > 0) ? 1 : 0;

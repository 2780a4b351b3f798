// Prints the closing line CI reads: "N passed, N failed" over jest's JSON results plus the
// workspace checks (build, lint, typecheck, format), each check counting as one test.
const { readFileSync, existsSync } = require('node:fs');

const [checksFile, ...jestFiles] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of jestFiles) {
  if (!existsSync(file)) {
    process.stdout.write(`missing jest results: ${file} (counted as 1 failed)\n`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  skipped += r.numPendingTests + r.numTodoTests;
}
for (const line of readFileSync(checksFile, 'utf8').split('\n').filter(Boolean)) {
  const [name, status] = line.split(' ');
  if (status === '0') passed += 1;
  else {
    failed += 1;
    process.stdout.write(`check failed: ${name}\n`);
  }
}
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exitCode = failed > 0 ? 1 : 0;

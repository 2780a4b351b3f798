// Prints the closing line CI reads: "N passed, N failed" over jest's JSON results plus the
// workspace checks (build, lint, typecheck, format), each check counting as one test, plus the
// rows of the chaos run (tmp/chaos/results.json), each row counting as one test.
const { readFileSync, existsSync } = require('node:fs');

// Usage: test-summary.cjs CHECKS_FILE [JEST_JSON...] [--chaos RESULTS_JSON]
const args = process.argv.slice(2);
const chaosAt = args.indexOf('--chaos');
const chaosFile = chaosAt >= 0 ? args[chaosAt + 1] : undefined;
const [checksFile, ...jestFiles] = chaosAt >= 0 ? args.slice(0, chaosAt) : args;
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
// Chaos rows (scripts/chaos.sh --ci): each row is one test; a missing results file is one failure.
if (chaosFile !== undefined) {
  let rows;
  try {
    rows = JSON.parse(readFileSync(chaosFile, 'utf8')).rows;
  } catch {
    rows = undefined;
  }
  if (!Array.isArray(rows) || rows.length === 0) {
    process.stdout.write(`missing or unreadable chaos results: ${chaosFile} (counted as 1 failed)\n`);
    failed += 1;
  } else {
    // A quarantined row (a known, open bug; test/chaos/quarantine.json) still runs and is reported,
    // but its failure counts as skipped, not passed: the bug stays open until the row is taken out.
    const quarantine = JSON.parse(readFileSync(`${__dirname}/../test/chaos/quarantine.json`, 'utf8'));
    for (const row of rows) {
      if (row.verdict === 'pass') passed += 1;
      else if (quarantine[row.test] !== undefined) {
        skipped += 1;
        process.stdout.write(
          `chaos quarantined (known bug, not passed): ${row.test} (lost ${row.lost}, doubled ${row.doubled}): ${quarantine[row.test]}\n`,
        );
      } else {
        failed += 1;
        process.stdout.write(
          `chaos failed: ${row.test} (lost ${row.lost}, doubled ${row.doubled}) ${row.notes}\n`,
        );
      }
    }
  }
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

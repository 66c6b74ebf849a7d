// Prints "N passed, N failed" from the vitest JSON reports that `npm test` writes when CI_JSON is set.
// A stage that never ran (an earlier step such as lint failed) leaves no report and counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const reports = ['test-results/unit.json', 'test-results/e2e.json'];
let passed = 0;
let failed = 0;
for (const file of reports) {
  if (!existsSync(file)) {
    console.log(`${file}: missing (that stage did not run)`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

// Prints the plain `N passed, N failed` line from every result file CI wrote, so a run in
// which no test ran (or a suite that never reported) cannot pass unseen.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.ci-results';
let passed = 0;
let failed = 0;
const seen = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  // vitest's JSON reporter, or our own scripts' { passed, failed }.
  const p = data.numPassedTests ?? data.passed ?? 0;
  const f = (data.numFailedTests ?? data.failed ?? 0) + (data.numFailedTestSuites ?? 0);
  passed += p;
  failed += f;
  seen.push(`${file.replace(/\.json$/, '')}: ${p} passed, ${f} failed`);
}
console.log(`\n${seen.join('\n')}`);
if (passed === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);

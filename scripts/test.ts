/**
 * `npm test`: every check a change must pass, in the order that fails fastest.
 * All stages run even when one fails, so one run shows every problem; the
 * last line sums up the test runner's count for CI.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const RESULTS = 'test-results/vitest.json';

const stages: { name: string; command: string[] }[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', command: ['npx', 'eslint', '--max-warnings', '0', '.'] },
  { name: 'format', command: ['npx', 'prettier', '--check', '.'] },
  { name: 'build and bundle budget', command: ['npm', 'run', '--silent', 'build'] },
  {
    name: 'unit, integration and end-to-end tests',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${RESULTS}`,
    ],
  },
];

fs.rmSync(RESULTS, { force: true });
const failed: string[] = [];
for (const stage of stages) {
  console.log(`\n▶ ${stage.name}: ${stage.command.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(stage.command[0]!, stage.command.slice(1), { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) console.log(`✔ ${stage.name} (${seconds} s)`);
  else {
    console.log(`✘ ${stage.name} failed (${seconds} s)`);
    failed.push(stage.name);
  }
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}
const counts = fs.existsSync(RESULTS)
  ? (JSON.parse(fs.readFileSync(RESULTS, 'utf8')) as VitestJson)
  : { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0 };

console.log(failed.length ? `\nFailed stages: ${failed.join(', ')}` : '\nAll stages passed.');
console.log(
  `Tests: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed, ${counts.numPendingTests} skipped`,
);
process.exit(failed.length ? 1 : 0);

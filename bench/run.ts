/**
 * `npm run bench`: runs every benchmark and prints a Markdown table of medians
 * for docs/BENCHMARKS.md. Needs a production build for the bundle figure.
 */
import { measureFirstScreen } from '../scripts/bundle-budget';
import { benchServerStart } from './server-start';

const rows: [string, string, string][] = [];

const start = await benchServerStart();
rows.push([
  'Server start → first 200 on /api/health, everyday start (SQLite)',
  `${start.laterStartMedianMs} ms (median of ${start.runs})`,
  '< 1000 ms',
]);
rows.push([
  'Server start → first 200 on /api/health, first start (migrations + demo accounts)',
  `${start.firstStartMedianMs} ms (median of ${start.runs})`,
  '—',
]);

const bundle = measureFirstScreen();
rows.push([
  'First-screen JavaScript (gzip)',
  `${(bundle.totalGzipBytes / 1024).toFixed(1)} KB`,
  `≤ ${bundle.budgetBytes / 1024} KB`,
]);

console.log(`| measure | result | target |\n|---|---|---|`);
for (const [measure, result, target] of rows) console.log(`| ${measure} | ${result} | ${target} |`);

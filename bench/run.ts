/**
 * `npm run bench`: runs every benchmark and prints a Markdown table of medians
 * for docs/BENCHMARKS.md. Needs a production build for the bundle figure.
 */
import { measureFirstScreen } from '../scripts/bundle-budget';
import { benchCasework, type Timing } from './casework';
import { benchServerStart } from './server-start';
import { benchSync } from './sync';
import { benchUnlock } from './unlock';

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

const casework = await benchCasework();
const ms = (t: Timing) => `${t.medianMs} ms median, ${t.p95Ms} ms p95 (of ${t.runs})`;
rows.push(
  [
    'Casework, 10,000 clients: caseload first rows after opening the app (navigation start → PIN entered → first rows)',
    ms(casework.firstRows),
    '≤ 300 ms',
  ],
  [
    'Casework, 10,000 clients: whole caseload, deadlines and search index ready after opening',
    ms(casework.settled),
    '—',
  ],
  [
    'Casework, 10,000 clients: name search (input → list updated)',
    ms(casework.search),
    '≤ 30 ms p95',
  ],
  [
    'Casework, 10,000 clients: open a case with its plan from the list (click → name and goal shown)',
    ms(casework.openCase),
    '≤ 50 ms p95',
  ],
);

const unlock = await benchUnlock();
const unlockMs = (t: { medianMs: number; p95Ms: number }) =>
  `${t.medianMs} ms median, ${t.p95Ms} ms p95 (of ${unlock.runs})`;
rows.push(
  [
    'Unlock, 10,000 clients: press "Entsperren" → caseload first rows',
    unlockMs(unlock.total),
    '≤ 1000 ms',
  ],
  [
    'Unlock: of which key unwrapped (PBKDF2-SHA-256, 600,000 iterations)',
    unlockMs(unlock.key),
    '—',
  ],
);

const sync = await benchSync();
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
for (const first of sync.firstSync)
  rows.push(
    [
      `First sync, ${first.clients} clients (${first.records} records) into the encrypted IndexedDB (sync-started → sync-finished marks)`,
      `${first.ms} ms, ${kB(first.upBytes + first.downBytes)} on the wire, ${first.requests} requests (median of ${first.runs})`,
      '≤ 1000 ms, ≤ 500 kB',
    ],
    [
      `First sync, ${first.clients} clients: floor, the same rows in one raw IndexedDB transaction, plain / sealed with the app's sealRow`,
      `${first.floorPlainMs} ms / ${first.floorSealedMs} ms (sync ÷ floor: ${first.ratioToPlainFloor} / ${first.ratioToSealedFloor})`,
      '—',
    ],
  );
const delta = (
  what: string,
  d: {
    ms: number;
    runs: number;
    upBytes: number;
    downBytes: number;
    requests: number;
    bytesPerField: number | null;
  },
) =>
  [
    what,
    `${d.ms} ms, ${kB(d.upBytes + d.downBytes)}, ${d.requests} request(s), ${d.bytesPerField} B per changed field (median of ${d.runs})`,
    '≤ 25 ms, ≤ 10 kB, 1 round trip',
  ] as [string, string, string];
rows.push(
  delta('Delta sync, pull: 100 records changed (one field each) by another device', sync.deltaPull),
  delta(
    'Delta sync, push: 100 plan steps marked done offline in the browser, then online',
    sync.deltaPush,
  ),
  [
    'Sync run with nothing to push or pull',
    `${sync.idleSync.ms} ms, ${kB(sync.idleSync.upBytes + sync.idleSync.downBytes)} (median of ${sync.idleSync.runs})`,
    '—',
  ],
);

console.log(`| measure | result | target |\n|---|---|---|`);
for (const [measure, result, target] of rows) console.log(`| ${measure} | ${result} | ${target} |`);

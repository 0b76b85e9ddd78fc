/**
 * Unlock with 10,000 clients on the device: the production build in headless
 * Chromium, the demo manager set up with a PIN, an organisation's demo data
 * (10,000 clients, ~360,000 rows) sealed with the app's own cipher code into
 * the manager's encrypted database, then reload after reload: PIN typed,
 * "Entsperren" pressed → the caseload's first rows on screen. Also reports the
 * steps in between from the app's performance marks. Target: ≤ 1 s.
 *
 *   npm run build && npx tsx bench/unlock.ts
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { generateDemoData } from '../src/core/demo/generate-demo-data';
import { DEMO_ORGANISATION } from '../sync-server/demo/demo-accounts';
import { launchChromium } from '../tests/support/chromium';
import { DEMO_MANAGER, logInOnDevice, TEST_PIN } from '../tests/support/device-login';
import { startLotse } from '../tests/support/lotse-server';
import { seedEncryptedRecords } from '../tests/support/seed-encrypted';
import { median, percentile } from './stats';

const CLIENTS = 10_000;
const RUNS = 7;
const TIMEOUT_MS = 60_000;

interface UnlockSample {
  /** Button pressed → caseload's first rows rendered. */
  total: number;
  /** Button pressed → key unwrapped (attempt counted, PBKDF2). */
  key: number;
  /** Key unwrapped → encrypted database open. */
  open: number;
  /** Database open → app shown (session and language read). */
  enter: number;
  /** App shown → first caseload rows rendered. */
  rows: number;
  /** Button pressed → whole caseload and its deadlines read (nothing busy any more). */
  settled: number;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Reloads, types the PIN, presses the button in the page and reads the marks. */
async function measureUnlock(page: Page): Promise<UnlockSample> {
  await page.reload();
  const field = page.getByLabel('PIN oder Passwort', { exact: true });
  await field.waitFor({ timeout: TIMEOUT_MS });
  await field.fill(TEST_PIN);
  // Let the lazily loaded sign-in code arrive, as it does while a person types.
  await page.waitForTimeout(500);
  const pressedAt = await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Entsperren',
    )!;
    const at = performance.now();
    button.click();
    return at;
  });
  await page.waitForFunction(
    () => performance.getEntriesByName('lotse:caseload-rendered').length > 0,
    undefined,
    { timeout: TIMEOUT_MS },
  );
  const settledHandle = await page.waitForFunction(
    () => document.querySelector('[aria-busy="true"]') === null && performance.now(),
    undefined,
    { timeout: TIMEOUT_MS, polling: 'raf' },
  );
  const settledAt = (await settledHandle.jsonValue()) as number;
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      [
        'lotse:key-unwrapped',
        'lotse:database-open',
        'lotse:unlocked',
        'lotse:caseload-rendered',
      ].map((name) => [name, performance.getEntriesByName(name)[0]!.startTime]),
    ),
  );
  const at = (name: string) => marks[`lotse:${name}`]!;
  return {
    total: at('caseload-rendered') - pressedAt,
    key: at('key-unwrapped') - pressedAt,
    open: at('database-open') - at('key-unwrapped'),
    enter: at('unlocked') - at('database-open'),
    rows: at('caseload-rendered') - at('unlocked'),
    settled: settledAt - pressedAt,
  };
}

export async function benchUnlock() {
  const server = await startLotse();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx keeps function names through a helper `__name` that functions sent to the page call.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.goto(server.url);
    await logInOnDevice(page);
    const records = generateDemoData({
      clients: CLIENTS,
      today: localToday(),
      orgId: DEMO_ORGANISATION.id,
      managerIds: [DEMO_MANAGER.id],
    });
    const seedStart = performance.now();
    await seedEncryptedRecords(page, DEMO_MANAGER.id, TEST_PIN, records, DEMO_ORGANISATION.id);
    console.warn(
      `unlock: ${records.length} rows sealed and stored in ${Math.round(performance.now() - seedStart)} ms`,
    );
    await measureUnlock(page); // warm-up: the first read after a bulk write
    const samples: UnlockSample[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await measureUnlock(page));
    const summary = (pick: (s: UnlockSample) => number) => {
      const values = samples.map(pick);
      return { medianMs: Math.round(median(values)), p95Ms: Math.round(percentile(values, 95)) };
    };
    return {
      clients: CLIENTS,
      rows: records.length,
      runs: RUNS,
      total: summary((s) => s.total),
      key: summary((s) => s.key),
      open: summary((s) => s.open),
      enter: summary((s) => s.enter),
      firstRows: summary((s) => s.rows),
      settled: summary((s) => s.settled),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchUnlock(), null, 2));
}

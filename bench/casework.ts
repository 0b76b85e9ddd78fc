/**
 * Casework with 10,000 clients on one device: the production build in
 * headless Chromium, the demo manager logged in with a PIN, an organisation's
 * demo data (about 360,000 rows) sealed with the app's own cipher and put
 * straight into the manager's encrypted IndexedDB, then the manager's three
 * everyday waits — the caseload's first rows after opening (and unlocking)
 * the app, a name search, and opening a case with its plan. Loopback only;
 * gives up after a few minutes.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { DemoRecord } from '../src/core/demo/generate-demo-data';
import { launchChromium } from '../tests/support/chromium';
import { DEMO_MANAGER, enterPin, logInOnDevice, TEST_PIN } from '../tests/support/device-login';
import { startLotse } from '../tests/support/lotse-server';
import { seedEncryptedRecords } from '../tests/support/seed-encrypted';
import { generateDemoData } from '../src/core/demo/generate-demo-data';
import { DEMO_ORGANISATION } from '../sync-server/demo/demo-accounts';
import {
  measureOpening,
  openCase,
  searchFor,
  waitUntilSettled,
  type CaseToOpen,
  type OpeningSample,
} from './casework-measures';
import { median, percentile } from './stats';

const CLIENTS = 10_000;
const RELOADS = 7;
const SEARCHES = 50;
const OPENINGS = 30;
const GIVE_UP_MS = 6 * 60_000;

export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export interface CaseworkResult {
  clients: number;
  rows: number;
  seedMs: number;
  firstRows: Timing;
  /** Until the whole caseload, the deadlines and the search index are ready. */
  settled: Timing;
  search: Timing;
  openCase: Timing;
}

function timing(values: number[]): Timing {
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    runs: values.length,
    medianMs: round(median(values)),
    p95Ms: round(percentile(values, 95)),
  };
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const fold = (name: string) =>
  name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');

/** Every n-th of the cases that are not closed and have a goal still pursued: spread over the list. */
function pickCases(records: DemoRecord[], count: number): CaseToOpen[] {
  const clients = new Map<string, { firstName: string; lastName: string }>();
  const goals = new Map<string, string>();
  for (const record of records) {
    if (record.table === 'clients') clients.set(record.id, record.fields);
    if (record.table === 'goals' && ['open', 'inProgress'].includes(record.fields.status))
      if (!goals.has(record.fields.caseId)) goals.set(record.fields.caseId, record.fields.text);
  }
  const cases: CaseToOpen[] = [];
  for (const record of records) {
    if (record.table !== 'caseFiles' || record.fields.status === 'closed') continue;
    const client = clients.get(record.fields.clientId);
    const goalText = goals.get(record.id);
    if (!client || !goalText) continue;
    const clientName = `${client.firstName} ${client.lastName}`;
    cases.push({ caseId: record.id, caseNumber: record.fields.caseNumber, clientName, goalText });
  }
  const step = Math.max(1, Math.floor(cases.length / count));
  return cases.filter((_, i) => i % step === 0).slice(0, count);
}

/** Queries as managers type them: a surname's start, a full name, a surname without umlauts. */
function searchQueries(cases: CaseToOpen[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const name = cases[i % cases.length]!.clientName;
    const surname = name.split(' ').at(-1)!;
    if (i % 3 === 0) return surname.slice(0, 4).toLowerCase();
    if (i % 3 === 1) return name;
    return fold(surname);
  });
}

async function run(browser: Browser, serverUrl: string): Promise<CaseworkResult> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx compiles this file keeping function names, through a helper `__name` that the
  // functions sent to page.evaluate then call in the page: give the page that helper.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.goto(serverUrl);
  await logInOnDevice(page);

  const records = generateDemoData({
    clients: CLIENTS,
    today: localToday(),
    orgId: DEMO_ORGANISATION.id,
    managerIds: [DEMO_MANAGER.id],
  });
  const seedStart = performance.now();
  await seedEncryptedRecords(page, DEMO_MANAGER.id, TEST_PIN, records, DEMO_ORGANISATION.id);
  const seedMs = performance.now() - seedStart;
  const seeded = { records, rowCount: records.length };
  console.warn(`casework: ${seeded.rowCount} rows sealed and stored in ${Math.round(seedMs)} ms`);

  const unlock = (page: Page) => enterPin(page);
  await measureOpening(page, unlock); // warm-up: the first read after a bulk write
  const openings: OpeningSample[] = [];
  for (let i = 0; i < RELOADS; i++) openings.push(await measureOpening(page, unlock));

  await waitUntilSettled(page);
  const cases = pickCases(seeded.records, OPENINGS + 1);
  const searches: number[] = [];
  for (const query of searchQueries(cases, SEARCHES)) {
    const sample = await searchFor(page, query);
    if (sample.rows === 0) throw new Error(`the search for "${query}" found nothing`);
    searches.push(sample.ms);
    await searchFor(page, '');
  }

  await openCase(page, cases[0]!); // warm-up: loads the case screen's chunks
  const caseOpenings: number[] = [];
  for (const target of cases.slice(1)) caseOpenings.push(await openCase(page, target));

  return {
    clients: CLIENTS,
    rows: seeded.rowCount,
    seedMs: Math.round(seedMs),
    firstRows: timing(openings.map((o) => o.firstRowsMs)),
    settled: timing(openings.map((o) => o.settledMs)),
    search: timing(searches),
    openCase: timing(caseOpenings),
  };
}

/** `staticDir`: another build to measure than dist/ (for comparing a change). */
export async function benchCasework(options: { staticDir?: string } = {}): Promise<CaseworkResult> {
  let timer: NodeJS.Timeout | undefined;
  const giveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`casework bench gave up after ${GIVE_UP_MS} ms`)),
      GIVE_UP_MS,
    );
  });
  const server = await startLotse(options.staticDir ? { staticDir: options.staticDir } : {});
  const browser = await launchChromium();
  try {
    return await Promise.race([run(browser, server.url), giveUp]);
  } finally {
    clearTimeout(timer);
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const staticDir = process.env.LOTSE_BENCH_DIST;
  console.log(JSON.stringify(await benchCasework(staticDir ? { staticDir } : {}), null, 2));
}

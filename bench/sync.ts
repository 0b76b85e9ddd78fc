/**
 * Sync: the production build in headless Chromium against the real sync
 * server on 127.0.0.1, the demo manager's caseload seeded on the server.
 *
 * - First sync: a fresh browser context logs in (PIN set up), and the app's
 *   first sync pulls the whole caseload into the encrypted IndexedDB. Time from
 *   the app's marks `lotse:sync-started` → `lotse:sync-finished`; bytes and
 *   round trips over the sync socket (or `POST /api/v1/sync` where the app falls
 *   back to HTTP) from the DevTools protocol. In the same
 *   page, afterwards: the floors (the same rows written with the raw IndexedDB
 *   API in one transaction, plain and sealed with the app's sealRow) and what
 *   parsing the answers costs.
 * - Delta pull: another device of the manager (HTTP calls from Node) changes
 *   one field in each of 100 records; the browser syncs ('online' event).
 * - Delta push: the browser, offline, marks 100 plan steps done or undoes them
 *   by clicking their buttons on the case pages; a second later it comes back
 *   online, which syncs.
 * - Delta floor: in the same page, what any delta sync of 100 rows costs on
 *   this machine without Lotse's code (measureDeltaFloor): a bare round trip
 *   to the server over the sync socket (and, for comparison, over HTTP), and a
 *   raw IndexedDB transaction that reads 100 stored rows and writes them back.
 *
 *   npm run build && npx tsx bench/sync.ts
 *
 * LOTSE_BENCH_DIST=<dir> measures another build than dist/.
 * LOTSE_BENCH_ONLY=delta skips the first-sync runs and their profile (one
 * first sync still fills the page for the deltas); LOTSE_BENCH_DELTA_RUNS
 * (default 5) sets the counted runs of each delta.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import {
  createHlcClock,
  createNodeId,
  expandStamps,
  SYNC_PROTOCOL_VERSION,
  syncResponseSchema,
  type PushedChange,
  type SyncResponse,
} from '../src/core/index';
import { DEMO_ORGANISATION } from '../sync-server/demo/demo-accounts';
import type { RunningServer } from '../sync-server/start-server';
import { launchChromium } from '../tests/support/chromium';
import { DEMO_MANAGER, logInOnDevice } from '../tests/support/device-login';
import { DIST_DIR, startLotse } from '../tests/support/lotse-server';
import { median } from './stats';
import {
  clearSyncMarks,
  measureDeltaFloor,
  measureFloors,
  startCpuProfile,
  waitForSyncMarks,
  waitUntilIdle,
  WAIT_MS,
  watchSyncWire,
  type DeltaFloorSample,
  type SyncPhases,
  type FloorSample,
  type ProfileShare,
  type WireExchange,
  type WireWatch,
} from './sync-measures';

/** 150 clients is the issue's caseload; 176 is the fewest that give ≥ 6,500 records. */
const CASELOADS = [150, 176];
const FIRST_SYNC_RUNS = 5;
const DELTA_RUNS = Number(process.env.LOTSE_BENCH_DELTA_RUNS ?? 5);
const ONLY_DELTA = process.env.LOTSE_BENCH_ONLY === 'delta';
const CHANGED = 100;
const GIVE_UP_MS = 20 * 60_000;
const VIEWPORT = { width: 1280, height: 800 };
const KIT = 'virtual:lotse-sync-bench-kit';

/**
 * The app's own sealRow and syncResponseSchema, bundled for the page as the
 * production build bundles them (same target, minified), as the global
 * `LotseSyncBenchKit`: the floors seal with exactly the app's code.
 */
async function buildPageKit(): Promise<string> {
  const src = path.resolve('src');
  const entry = [
    `export { sealRow } from ${JSON.stringify(path.join(src, 'db/crypto/row-cipher.ts'))};`,
    `export { syncResponseSchema } from ${JSON.stringify(path.join(src, 'core/sync/protocol.ts'))};`,
  ].join('\n');
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': src } },
    plugins: [
      {
        name: 'lotse-sync-bench-kit',
        enforce: 'pre',
        resolveId: (id) => (id.endsWith(KIT) ? `\0${KIT}` : null),
        load: (id) => (id === `\0${KIT}` ? entry : null),
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: KIT, formats: ['iife'], name: 'LotseSyncBenchKit', fileName: 'kit' },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as {
    output: { type: string; code?: string }[];
  };
  const chunk = output.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('could not bundle the sealing code for the page');
  // The app's CSP forbids eval, so its zod parses without compiled fast paths. The kit is run
  // through the DevTools protocol, which CSP does not stop, so zod would compile them: switch
  // that off before the kit builds its schemas. (zod's config object is shared through
  // globalThis; the app's own schemas exist already and keep what they were built with.)
  return `(globalThis.__zod_globalConfig ??= {}).jitless = true;\n${chunk.code}`;
}

export async function newAppPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  // tsx keeps function names through a helper `__name` that functions sent to the page call.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  // Room for every request of a long session: the profiles read the sync requests' timings.
  await page.addInitScript('performance.setResourceTimingBufferSize(5000);');
  const wire = await watchSyncWire(page);
  await page.goto(url);
  return { context, page, wire };
}

function checkExchanges(exchanges: WireExchange[], what: string): void {
  const failed = exchanges.find((e) => e.status !== 200);
  if (failed)
    throw new Error(
      `${what}: a sync request answered ${failed.status}${failed.error ? ` (${failed.error})` : ''}`,
    );
}

/** Pulled rows in the shape the app stores them (apply-pulled-page.ts), grouped by table. */
function storedRowsJson(bodies: string[], orgId: string): string {
  const byTable: Record<string, object[]> = {};
  for (const body of bodies) {
    const answer = syncResponseSchema.parse(JSON.parse(body));
    for (const row of answer.rows) {
      const fields = Object.fromEntries(Object.entries(row.fields).filter(([, v]) => v !== null));
      (byTable[row.table] ??= []).push({
        ...fields,
        id: row.id,
        orgId,
        scope: row.scope,
        stamps: expandStamps(Object.keys(row.fields), row),
      });
    }
  }
  return JSON.stringify(byTable);
}

interface FirstSyncSample extends FloorSample {
  ms: number;
  received: number;
  requests: number;
  upBytes: number;
  downBytes: number;
  /** Sum over the requests: last byte sent → answer's headers (server and loopback). */
  serverMs: number;
  /** Sum over the requests: fetch() issued → last byte of the answer. */
  wireMs: number;
}

async function firstSync(
  browser: Browser,
  server: RunningServer,
  kit: string,
  expectedRows: number,
): Promise<FirstSyncSample> {
  const { context, page, wire } = await newAppPage(browser, server.url);
  try {
    wire.keepBodies = true;
    await logInOnDevice(page);
    const marks = await waitForSyncMarks(page);
    const exchanges = await wire.take();
    checkExchanges(exchanges, 'first sync');
    if (marks.received !== expectedRows)
      throw new Error(`first sync received ${marks.received} rows, expected ${expectedRows}`);
    await waitUntilIdle(page);
    await page.evaluate(`${kit};globalThis.LotseSyncBenchKit = LotseSyncBenchKit;`);
    const bodies = exchanges.map((e) => e.body!);
    const floors = await measureFloors(page, {
      sourceDb: `lotse-${DEMO_MANAGER.id}`,
      rowsJson: storedRowsJson(bodies, DEMO_ORGANISATION.id),
      bodies,
    });
    if (floors.rows !== expectedRows)
      throw new Error(`the floor wrote ${floors.rows} rows, expected ${expectedRows}`);
    return {
      ...floors,
      ms: marks.ms,
      received: marks.received,
      requests: exchanges.length,
      upBytes: sum(exchanges.map((e) => e.upBytes)),
      downBytes: sum(exchanges.map((e) => e.downBytes)),
      serverMs: sum(exchanges.map((e) => e.waitMs)),
      wireMs: sum(exchanges.map((e) => e.totalMs)),
    };
  } finally {
    await context.close();
  }
}

/** One more first sync with V8's profiler on (not counted: profiling slows it down). */
async function profileFirstSync(
  browser: Browser,
  server: RunningServer,
  staticDir: string,
): Promise<{ ms: number; shares: ProfileShare[] }> {
  const { context, page } = await newAppPage(browser, server.url);
  try {
    const profile = await startCpuProfile(page, staticDir);
    await logInOnDevice(page);
    const marks = await waitForSyncMarks(page);
    return { ms: marks.ms, shares: await profile.stop(marks.startedAt, marks.finishedAt) };
  } finally {
    await context.close();
  }
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * The manager's other device, in Node: logs in over HTTP and speaks the sync
 * protocol as sync-server/test-support/sync-client.ts does.
 */
async function otherDevice(url: string) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    signal: AbortSignal.timeout(WAIT_MS),
    body: JSON.stringify({
      email: DEMO_MANAGER.email,
      password: DEMO_MANAGER.password,
      deviceId: `bench-other-${createNodeId()}`,
      deviceName: 'Bench: zweites Gerät',
    }),
  });
  if (!login.ok) throw new Error(`the other device could not log in: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  const hlc = createHlcClock({ node: createNodeId() });
  const state = { epoch: null as string | null, cursor: null as string | null };
  const rows = new Map<
    string,
    {
      table: string;
      id: string;
      scope: string;
      fields: Record<string, unknown>;
      stamps: Record<string, string>;
    }
  >();
  async function sync(changes: PushedChange[]): Promise<SyncResponse> {
    const response = await fetch(`${url}/api/v1/sync`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(WAIT_MS),
      body: JSON.stringify({ protocol: SYNC_PROTOCOL_VERSION, ...state, changes }),
    });
    if (response.status !== 200)
      throw new Error(
        `the other device's sync answered ${response.status}: ${await response.text()}`,
      );
    const answer = syncResponseSchema.parse(await response.json());
    state.epoch = answer.epoch;
    state.cursor = answer.cursor;
    for (const row of answer.rows) {
      const key = `${row.table}/${row.id}`;
      const known = rows.get(key) ?? {
        table: row.table,
        id: row.id,
        scope: row.scope,
        fields: {},
        stamps: {},
      };
      Object.assign(known.fields, row.fields);
      Object.assign(known.stamps, expandStamps(Object.keys(row.fields), row));
      rows.set(key, known);
      for (const stamp of Object.values(known.stamps)) hlc.receive(stamp);
    }
    return answer;
  }
  return {
    async pullAll() {
      for (let i = 0; i < 100; i++) if (!(await sync([])).more) return;
      throw new Error('the other device did not finish pulling in 100 rounds');
    },
    rowsOf: (table: string) => [...rows.values()].filter((r) => r.table === table),
    /** Changes `field` of each row to `value(row)`, in one push; answers how many the server took. */
    async change(
      targets: { table: string; id: string; scope: string; stamps: Record<string, string> }[],
      field: string,
      value: (row: { fields: Record<string, unknown> }) => unknown,
    ): Promise<number> {
      const stamp = hlc.tick();
      const changes = targets.map((row) => {
        const known = rows.get(`${row.table}/${row.id}`)!;
        const next = value(known);
        const base = known.stamps[field];
        known.fields[field] = next;
        known.stamps[field] = stamp;
        return {
          table: row.table,
          id: row.id,
          scope: row.scope,
          fields: { [field]: next },
          stamp,
          ...(base ? { bases: { [field]: base } } : {}),
        } as PushedChange;
      });
      return (await sync(changes)).accepted;
    },
  };
}

export interface DeltaSample {
  ms: number;
  received: number;
  requests: number;
  upBytes: number;
  downBytes: number;
  upBodyBytes: number;
  serverMs: number;
  wireMs: number;
  phases: SyncPhases;
}

interface DeltaResult {
  samples: DeltaSample[];
  /** One more run with the profiler on, not among the samples (none in sync-delta-compare.ts). */
  profile?: { ms: number; shares: ProfileShare[] };
}

/**
 * One delta run started by `trigger`. Answers undefined for a run that another
 * trigger (the 60 s timer) joined, which is not counted.
 */
async function deltaRun(
  page: Page,
  wire: WireWatch,
  trigger: () => Promise<void>,
  expected: { received: number; accepted: number },
  profileWith?: string,
): Promise<{ sample: DeltaSample; shares?: ProfileShare[] } | undefined> {
  await clearSyncMarks(page);
  await wire.take();
  const profile = profileWith ? await startCpuProfile(page, profileWith) : undefined;
  await trigger();
  const marks = await waitForSyncMarks(page);
  const shares = await profile?.stop(marks.startedAt, marks.finishedAt);
  const exchanges = await wire.take();
  checkExchanges(exchanges, 'delta sync');
  if (marks.runs !== 1) return undefined;
  if (marks.received !== expected.received)
    throw new Error(`delta sync received ${marks.received} rows, expected ${expected.received}`);
  const accepted = sum(
    exchanges.map((e) => syncResponseSchema.parse(JSON.parse(e.body ?? 'null')).accepted),
  );
  if (accepted !== expected.accepted)
    throw new Error(`the server stored ${accepted} pushed changes, expected ${expected.accepted}`);
  const sample = {
    ms: marks.ms,
    received: marks.received,
    requests: exchanges.length,
    upBytes: sum(exchanges.map((e) => e.upBytes)),
    downBytes: sum(exchanges.map((e) => e.downBytes)),
    upBodyBytes: sum(exchanges.map((e) => e.upBodyBytes)),
    serverMs: sum(exchanges.map((e) => e.waitMs)),
    wireMs: sum(exchanges.map((e) => e.totalMs)),
    phases: marks.phases,
  };
  return { sample, ...(shares ? { shares } : {}) };
}

/** A warm-up, DELTA_RUNS counted runs, and one profiled run; runs another trigger joined are redone. */
async function deltaRuns(
  staticDir: string,
  one: (profileWith?: string) => ReturnType<typeof deltaRun>,
): Promise<DeltaResult> {
  await one(); // warm-up: the first such run after the first sync loads code and warms caches
  const samples: DeltaSample[] = [];
  for (let attempt = 0; samples.length < DELTA_RUNS; attempt++) {
    if (attempt >= DELTA_RUNS * 2)
      throw new Error('too many delta runs were joined by another sync');
    const run = await one();
    if (run) samples.push(run.sample);
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const run = await one(staticDir);
    if (run?.shares) return { samples, profile: { ms: run.sample.ms, shares: run.shares } };
  }
  throw new Error('the profiled delta run was joined by another sync three times');
}

/** The app syncs when the browser says it is back online. */
function goOnline(page: Page): Promise<void> {
  return page.evaluate(() => void dispatchEvent(new Event('online')));
}

/**
 * The manager's other device, caught up, changing the `text` of the next
 * `count` plan steps (in turn through all of them) at each call: one push,
 * every change of which the server must store.
 */
export async function stepTextChanger(url: string, count: number): Promise<() => Promise<void>> {
  const other = await otherDevice(url);
  await other.pullAll();
  const steps = other.rowsOf('steps');
  const batches = Math.floor(steps.length / count);
  if (batches < 1) throw new Error(`only ${steps.length} steps on the server`);
  let batch = 0;
  return async () => {
    const start = (batch++ % batches) * count;
    const targets = steps.slice(start, start + count);
    const accepted = await other.change(
      targets,
      'text',
      (row) => `${String(row.fields.text).replace(/ \(geändert \d+\)$/, '')} (geändert ${batch})`,
    );
    if (accepted !== count) throw new Error(`the server took ${accepted} changes of ${count}`);
  };
}

/** Delta pull: the other device changes one field of CHANGED plan steps, the browser pulls. */
async function deltaPull(page: Page, wire: WireWatch, server: RunningServer, staticDir: string) {
  const changeSteps = await stepTextChanger(server.url, CHANGED);
  return deltaRuns(staticDir, async (profileWith) => {
    await changeSteps();
    return deltaRun(
      page,
      wire,
      () => goOnline(page),
      { received: CHANGED, accepted: 0 },
      profileWith,
    );
  });
}

const PENDING = '.sync-pill-pending';

/** Waits until the sync status counts `count` changes waiting to be sent. */
async function waitForPending(page: Page, count: number): Promise<void> {
  try {
    await page.waitForFunction(
      ({ selector, count }) =>
        Number.parseInt(document.querySelector(selector)?.textContent ?? '0', 10) === count,
      { selector: PENDING, count },
      { timeout: 10_000, polling: 20 },
    );
  } catch (error) {
    const shown = await page
      .locator(PENDING)
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    throw new Error(`expected ${count} changes waiting to be sent, the app shows: ${shown}`, {
      cause: error,
    });
  }
}

/**
 * Offline, clicks "erledigt"/"rückgängig" on plan steps case after case until
 * CHANGED steps changed (one field each, `doneOn`); each click counts once the
 * app shows one more change waiting to be sent.
 */
async function editStepsOffline(page: Page, context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  let changed = 0;
  const visited = new Set<string>();
  while (changed < CHANGED) {
    await page.getByRole('link', { name: 'Meine Fälle' }).first().click();
    const next = await nextCaseLink(page, visited);
    if (!next) throw new Error(`ran out of cases after ${changed} steps`);
    visited.add(next);
    await page.locator(`[data-testid="caseload-row"] a[href="${next}"]`).click();
    await page.locator('h1').first().waitFor({ timeout: WAIT_MS });
    const buttons = page.locator('li.step button');
    await buttons
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined); // a case without live steps
    const count = await buttons.count();
    for (let i = 0; i < count && changed < CHANGED; i++) {
      await buttons.nth(i).click();
      await waitForPending(page, ++changed);
    }
  }
}

/**
 * The first case in the caseload not in `visited` (by its link), scrolling the
 * list on where the rows rendered so far are all visited (it renders only the
 * rows in view); undefined when the caseload has no more.
 */
async function nextCaseLink(page: Page, visited: ReadonlySet<string>): Promise<string | undefined> {
  const rows = page.locator('[data-testid="caseload-row"] a');
  await rows.first().waitFor({ timeout: WAIT_MS });
  for (let scrolls = 0; scrolls < 50; scrolls++) {
    const links = await rows.evaluateAll((anchors) =>
      anchors.map((a) => a.getAttribute('href') ?? ''),
    );
    const fresh = links.find((link) => link && !visited.has(link));
    if (fresh) return fresh;
    const before = links.at(-1);
    await rows.last().scrollIntoViewIfNeeded();
    await page.waitForTimeout(50);
    const after = await rows.last().getAttribute('href');
    if (after === before) return undefined;
  }
  return undefined;
}

/**
 * How long after the last edit the network comes back. A manager's device is
 * offline for minutes at least (the accommodation has no Wi-Fi), so the app
 * has its next push ready by then (next-round.ts); a second stands for that.
 */
const BACK_ONLINE_AFTER_MS = 1_000;

/** One push run: CHANGED steps edited through the case pages offline, then back online. */
export async function deltaPushRun(
  page: Page,
  wire: WireWatch,
  context: BrowserContext,
  profileWith?: string,
) {
  await editStepsOffline(page, context);
  await page.waitForTimeout(BACK_ONLINE_AFTER_MS);
  const online = () => context.setOffline(false);
  const run = await deltaRun(page, wire, online, { received: 0, accepted: CHANGED }, profileWith);
  // Every change sent and stored: nothing is left waiting.
  await page.locator(PENDING).waitFor({ state: 'detached', timeout: WAIT_MS });
  return run;
}

/** Delta push: edits through the case pages offline, then the browser comes back online. */
async function deltaPush(page: Page, wire: WireWatch, context: BrowserContext, staticDir: string) {
  return deltaRuns(staticDir, (profileWith) => deltaPushRun(page, wire, context, profileWith));
}

/** Pause before each floor sample: about what a delta run's trigger follows. */
const FLOOR_PAUSE_MS = 200;

/** DELTA_RUNS samples of what any delta sync of CHANGED rows costs on this machine (measureDeltaFloor). */
async function deltaFloors(page: Page): Promise<DeltaFloorSample[]> {
  const samples: DeltaFloorSample[] = [];
  for (let i = 0; i < DELTA_RUNS; i++)
    samples.push(
      await measureDeltaFloor(page, {
        sourceDb: `lotse-${DEMO_MANAGER.id}`,
        table: 'steps',
        rows: CHANGED,
        pauseMs: FLOOR_PAUSE_MS,
      }),
    );
  return samples;
}

function summary<T>(samples: T[], pick: (s: T) => number) {
  return Math.round(median(samples.map(pick)) * 10) / 10;
}

async function countRecords(server: RunningServer): Promise<number> {
  const { n } = await server.storage.db
    .selectFrom('sync_records')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

function firstSyncSummary(clients: number, records: number, samples: FirstSyncSample[]) {
  return {
    clients,
    records,
    runs: samples.length,
    ms: summary(samples, (s) => s.ms),
    requests: summary(samples, (s) => s.requests),
    upBytes: summary(samples, (s) => s.upBytes),
    downBytes: summary(samples, (s) => s.downBytes),
    serverMs: summary(samples, (s) => s.serverMs),
    wireMs: summary(samples, (s) => s.wireMs),
    floorPlainMs: summary(samples, (s) => s.plainMs),
    floorSealedMs: summary(samples, (s) => s.sealedMs),
    sealOnlyMs: summary(samples, (s) => s.sealOnlyMs),
    parseMs: summary(samples, (s) => s.parseMs),
    ratioToPlainFloor: summary(samples, (s) => s.ms / s.plainMs),
    ratioToSealedFloor: summary(samples, (s) => s.ms / s.sealedMs),
    samples: samples.map((s) =>
      Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Math.round(v as number)])),
    ),
  };
}

export function deltaSummary({ samples, profile }: DeltaResult, changed = CHANGED) {
  return {
    changedRecords: changed,
    runs: samples.length,
    ms: summary(samples, (s) => s.ms),
    requests: summary(samples, (s) => s.requests),
    upBytes: summary(samples, (s) => s.upBytes),
    downBytes: summary(samples, (s) => s.downBytes),
    bytesPerField: changed ? summary(samples, (s) => (s.upBytes + s.downBytes) / changed) : null,
    serverMs: summary(samples, (s) => s.serverMs),
    wireMs: summary(samples, (s) => s.wireMs),
    phases: {
      readMs: summary(samples, (s) => s.phases.readMs),
      answerMs: summary(samples, (s) => s.phases.answerMs),
      prepareMs: summary(samples, (s) => s.phases.prepareMs),
      storeMs: summary(samples, (s) => s.phases.storeMs),
    },
    samples: samples.map(({ phases: _, ...s }) => ({ ...s, ms: Math.round(s.ms * 10) / 10 })),
    profile,
  };
}

function deltaFloorSummary(samples: DeltaFloorSample[], pull: DeltaResult, push: DeltaResult) {
  const floorMs = median(samples.map((s) => s.roundTripMs + s.storeMs));
  return {
    rows: CHANGED,
    runs: samples.length,
    ms: Math.round(floorMs * 10) / 10,
    roundTripMs: summary(samples, (s) => s.roundTripMs),
    httpRoundTripMs: summary(samples, (s) => s.httpRoundTripMs),
    storeMs: summary(samples, (s) => s.storeMs),
    pullToFloor: Math.round((median(pull.samples.map((s) => s.ms)) / floorMs) * 100) / 100,
    pushToFloor: Math.round((median(push.samples.map((s) => s.ms)) / floorMs) * 100) / 100,
    samples: samples.map((s) => ({
      roundTripMs: Math.round(s.roundTripMs * 10) / 10,
      httpRoundTripMs: Math.round(s.httpRoundTripMs * 10) / 10,
      storeMs: Math.round(s.storeMs * 10) / 10,
    })),
  };
}

async function runAll(browser: Browser, kit: string, staticDir: string, track: RunningServer[]) {
  const firstSyncs = [];
  let profile: Awaited<ReturnType<typeof profileFirstSync>> | undefined;
  let pull: DeltaResult | undefined;
  let push: DeltaResult | undefined;
  let idle: DeltaResult | undefined;
  let floor: DeltaFloorSample[] = [];
  // Only the deltas: the first caseload alone, without its first-sync runs.
  const caseloads = ONLY_DELTA ? CASELOADS.slice(0, 1) : CASELOADS;
  const firstSyncRuns = ONLY_DELTA ? 0 : FIRST_SYNC_RUNS;
  for (const clients of caseloads) {
    const server = await startLotse({ demoClients: clients, staticDir });
    track.push(server);
    const records = await countRecords(server);
    const samples: FirstSyncSample[] = [];
    for (let i = 0; i < firstSyncRuns; i++) {
      samples.push(await firstSync(browser, server, kit, records));
      const { ms, plainMs, sealedMs } = samples.at(-1)!;
      console.warn(
        `sync: first sync, ${clients} clients, run ${i + 1}: ${Math.round(ms)} ms ` +
          `(floor ${Math.round(plainMs)} ms plain, ${Math.round(sealedMs)} ms sealed)`,
      );
    }
    if (samples.length) firstSyncs.push(firstSyncSummary(clients, records, samples));
    if (clients !== CASELOADS[0]) continue;

    if (!ONLY_DELTA) profile = await profileFirstSync(browser, server, staticDir);
    const { context, page, wire } = await newAppPage(browser, server.url);
    wire.keepBodies = true; // small answers, read after each run
    await logInOnDevice(page);
    await waitForSyncMarks(page);
    await waitUntilIdle(page);
    pull = await deltaPull(page, wire, server, staticDir);
    console.warn(`sync: delta pull ${pull.samples.map((s) => Math.round(s.ms)).join(', ')} ms`);
    push = await deltaPush(page, wire, context, staticDir);
    console.warn(`sync: delta push ${push.samples.map((s) => Math.round(s.ms)).join(', ')} ms`);
    // What every run costs however little it carries: nothing to push, nothing to pull.
    idle = await deltaRuns(staticDir, (profileWith) =>
      deltaRun(page, wire, () => goOnline(page), { received: 0, accepted: 0 }, profileWith),
    );
    floor = await deltaFloors(page);
    console.warn(
      `sync: delta floor ${floor.map((f) => Math.round(f.roundTripMs + f.storeMs)).join(', ')} ms`,
    );
    await context.close();
  }
  return {
    firstSync: firstSyncs,
    ...(profile ? { firstSyncProfile: { clients: CASELOADS[0], ...profile } } : {}),
    deltaPull: deltaSummary(pull!),
    deltaPush: deltaSummary(push!),
    idleSync: deltaSummary(idle!, 0),
    deltaFloor: deltaFloorSummary(floor, pull!, push!),
  };
}

/** `staticDir`: another build to measure than dist/ (for comparing a change). */
export async function benchSync(options: { staticDir?: string } = {}) {
  const staticDir = options.staticDir ?? DIST_DIR;
  let timer: NodeJS.Timeout | undefined;
  const giveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`sync bench gave up after ${GIVE_UP_MS} ms`)),
      GIVE_UP_MS,
    );
  });
  const kit = await buildPageKit();
  const browser = await launchChromium();
  const servers: RunningServer[] = [];
  try {
    const running = runAll(browser, kit, staticDir, servers);
    running.catch(() => undefined); // after giving up, its own failure is no news
    return await Promise.race([running, giveUp]);
  } finally {
    clearTimeout(timer);
    await browser.close();
    for (const server of servers) await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const staticDir = process.env.LOTSE_BENCH_DIST;
  console.log(JSON.stringify(await benchSync(staticDir ? { staticDir } : {}), null, 2));
}

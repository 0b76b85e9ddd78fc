/**
 * The delta push of bench/sync.ts for two builds of the app, taking turns in
 * one browser: each build is served by its own sync server of this checkout
 * (the 150-client demo caseload), each has its own page with its first sync
 * done, and the pushes alternate between the two pages. This machine's speed
 * drifts by a third within an hour; only runs taken in turn like this
 * compare two versions of the app.
 *
 *   npx tsx bench/sync-delta-compare.ts <dist before> [<dist after>]
 *
 * `<dist after>` defaults to this checkout's dist/ (run `npm run build`
 * first); build the other with `npx vite build --outDir <dir>` on its commit.
 * LOTSE_BENCH_RUNS (counted pushes per build, default 7) changes the runs;
 * one warm-up push per build is not counted.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../sync-server/start-server';
import { launchChromium } from '../tests/support/chromium';
import { logInOnDevice } from '../tests/support/device-login';
import { DIST_DIR, startLotse } from '../tests/support/lotse-server';
import { median } from './stats';
import { deltaPushRun, newAppPage } from './sync';
import { waitForSyncMarks, waitUntilIdle, type SyncPhases } from './sync-measures';

const RUNS = Number(process.env.LOTSE_BENCH_RUNS ?? 7);
const CLIENTS = 150;

interface Side {
  dist: string;
  server: RunningServer;
  page: Awaited<ReturnType<typeof newAppPage>>;
  ms: number[];
  phases: SyncPhases[];
  upBytes: number[];
}

async function openSide(browser: Browser, dist: string): Promise<Side> {
  const server = await startLotse({ demoClients: CLIENTS, staticDir: dist });
  const page = await newAppPage(browser, server.url);
  await logInOnDevice(page.page);
  await waitForSyncMarks(page.page);
  await waitUntilIdle(page.page);
  return { dist, server, page, ms: [], phases: [], upBytes: [] };
}

async function pushOnce(side: Side, counted: boolean): Promise<void> {
  const { page, wire, context } = side.page;
  // A run another trigger joined is taken again, as in bench/sync.ts.
  for (let attempt = 0; attempt < 3; attempt++) {
    const run = await deltaPushRun(page, wire, context);
    if (!run) continue;
    if (counted) {
      side.ms.push(run.sample.ms);
      side.phases.push(run.sample.phases);
      side.upBytes.push(run.sample.upBytes);
    }
    return;
  }
  throw new Error(`${side.dist}: three push runs in a row were joined by another sync`);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function summary(side: Side) {
  const phase = (pick: (p: SyncPhases) => number) => round(median(side.phases.map(pick)));
  return {
    dist: side.dist,
    runs: side.ms.length,
    pushMs: round(median(side.ms)),
    phases: {
      readMs: phase((p) => p.readMs),
      answerMs: phase((p) => p.answerMs),
      prepareMs: phase((p) => p.prepareMs),
      storeMs: phase((p) => p.storeMs),
    },
    upBytes: median(side.upBytes),
    samples: side.ms.map(round),
  };
}

async function compare(dists: string[]) {
  const browser = await launchChromium();
  const sides: Side[] = [];
  try {
    for (const dist of dists) sides.push(await openSide(browser, dist));
    for (let run = -1; run < RUNS; run++)
      for (const side of sides) {
        await pushOnce(side, run >= 0);
        console.warn(
          `sync-delta-compare: ${side.dist} push ${side.ms.at(-1)?.toFixed(1) ?? '-'} ms`,
        );
      }
    return sides.map(summary);
  } finally {
    for (const side of sides) await side.page.context.close();
    await browser.close();
    for (const side of sides) await side.server.close();
  }
}

const [before, after = DIST_DIR] = process.argv.slice(2);
if (!before) {
  console.error('usage: npx tsx bench/sync-delta-compare.ts <dist before> [<dist after>]');
  process.exit(2);
}
console.log(JSON.stringify(await compare([path.resolve(before), path.resolve(after)]), null, 2));

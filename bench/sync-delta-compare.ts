/**
 * The delta push of bench/sync.ts for two checkouts, taking turns in one
 * browser: each checkout's own sync server (the 150-client demo caseload)
 * serves its own build (its dist/), each has its own page with its first sync
 * done, and the pushes alternate between the two pages. This machine's speed
 * drifts by a third within an hour; only runs taken in turn like this
 * compare two versions of the app and its server.
 *
 *   npx tsx bench/sync-delta-compare.ts <before> [<after>]
 *
 * `<before>` and `<after>` are checkouts with node_modules and a build (e.g.
 * a git worktree with a symlink to this one's node_modules, then `npm run
 * build` in it); `<after>` defaults to this one. LOTSE_BENCH_RUNS (counted
 * pushes per checkout, default 7) changes the runs; one warm-up push per
 * checkout is not counted.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../sync-server/start-server';
import { launchChromium } from '../tests/support/chromium';
import { logInOnDevice } from '../tests/support/device-login';
import { deltaPushRun, deltaSummary, newAppPage, type DeltaSample } from './sync';
import { waitForSyncMarks, waitUntilIdle } from './sync-measures';

const RUNS = Number(process.env.LOTSE_BENCH_RUNS ?? 7);
const CLIENTS = 150;

interface Side {
  checkout: string;
  server: RunningServer;
  page: Awaited<ReturnType<typeof newAppPage>>;
  samples: DeltaSample[];
}

async function openSide(browser: Browser, checkout: string): Promise<Side> {
  const module = (await import(path.join(checkout, 'tests/support/lotse-server.ts'))) as {
    startLotse: (config: object) => Promise<RunningServer>;
  };
  const server = await module.startLotse({
    demoClients: CLIENTS,
    staticDir: path.join(checkout, 'dist'),
  });
  const page = await newAppPage(browser, server.url);
  await logInOnDevice(page.page);
  await waitForSyncMarks(page.page);
  await waitUntilIdle(page.page);
  return { checkout, server, page, samples: [] };
}

async function pushOnce(side: Side, counted: boolean): Promise<void> {
  const { page, wire, context } = side.page;
  // A run another trigger joined is taken again, as in bench/sync.ts.
  for (let attempt = 0; attempt < 3; attempt++) {
    const run = await deltaPushRun(page, wire, context);
    if (!run) continue;
    if (counted) side.samples.push(run.sample);
    return;
  }
  throw new Error(`${side.checkout}: three push runs in a row were joined by another sync`);
}

async function compare(checkouts: string[]) {
  const browser = await launchChromium();
  const sides: Side[] = [];
  try {
    for (const checkout of checkouts) sides.push(await openSide(browser, checkout));
    for (let run = -1; run < RUNS; run++)
      for (const side of sides) {
        await pushOnce(side, run >= 0);
        console.warn(
          `sync-delta-compare: ${side.checkout} push ${side.samples.at(-1)?.ms.toFixed(1) ?? '-'} ms`,
        );
      }
    return sides.map((side) => ({ checkout: side.checkout, ...deltaSummary(side) }));
  } finally {
    for (const side of sides) await side.page.context.close();
    await browser.close();
    for (const side of sides) await side.server.close();
  }
}

const [before, after = '.'] = process.argv.slice(2);
if (!before) {
  console.error('usage: npx tsx bench/sync-delta-compare.ts <before> [<after>]');
  process.exit(2);
}
console.log(JSON.stringify(await compare([path.resolve(before), path.resolve(after)]), null, 2));

/**
 * The sync server's answer to a push of changed plan steps, in two
 * checkouts side by side: each checkout's own server runs in this process
 * with the 150-client demo caseload, a device in Node (bench/sync.ts's other
 * device) pushes to one and then the other, RUNS times. This machine's speed
 * drifts by a third within an hour; only figures taken in turn like this
 * compare two versions of the server.
 *
 *   npx tsx bench/sync-push-compare.ts <before> [<after>]
 *
 * `<before>` and `<after>` are checkouts with node_modules (e.g. a git
 * worktree with a symlink to this one's); `<after>` defaults to this one.
 * LOTSE_BENCH_CHANGED (steps per push, default 100), LOTSE_BENCH_RUNS
 * (default 100) and LOTSE_BENCH_GAP_MS (pause before each push, default 0)
 * change the runs. It prints each side's median, 90th percentile and
 * slowest push.
 */
import path from 'node:path';
import type { RunningServer } from '../sync-server/start-server';
import { median, percentile } from './stats';
import { stepTextChanger } from './sync';

const CHANGED = Number(process.env.LOTSE_BENCH_CHANGED ?? 100);
const WARM_UP = 5;

interface Side {
  checkout: string;
  server: RunningServer;
  push: () => Promise<void>;
  ms: number[];
}

async function startSide(checkout: string): Promise<Side> {
  const module = (await import(path.join(checkout, 'tests/support/lotse-server.ts'))) as {
    startLotse: (config: object) => Promise<RunningServer>;
  };
  const server = await module.startLotse({ demoClients: 150 });
  const push = await stepTextChanger(server.url, CHANGED);
  return { checkout, server, push, ms: [] };
}

async function compare(checkouts: string[], runs: number, gapMs: number) {
  const sides: Side[] = [];
  try {
    for (const checkout of checkouts) sides.push(await startSide(checkout));
    for (let run = -WARM_UP; run < runs; run++)
      for (const side of sides) {
        if (gapMs) await new Promise((resolve) => setTimeout(resolve, gapMs));
        const started = performance.now();
        await side.push();
        if (run >= 0) side.ms.push(performance.now() - started);
      }
    return sides.map(({ checkout, ms }) => ({
      checkout,
      changed: CHANGED,
      runs: ms.length,
      medianMs: Math.round(median(ms) * 100) / 100,
      p90Ms: Math.round(percentile(ms, 90) * 100) / 100,
      maxMs: Math.round(Math.max(...ms) * 100) / 100,
    }));
  } finally {
    for (const side of sides) await side.server.close();
  }
}

const [before, after = '.'] = process.argv.slice(2);
if (!before) throw new Error('usage: npx tsx bench/sync-push-compare.ts <before> [<after>]');
const result = await compare(
  [path.resolve(before), path.resolve(after)],
  Number(process.env.LOTSE_BENCH_RUNS ?? 100),
  Number(process.env.LOTSE_BENCH_GAP_MS ?? 0),
);
console.log(JSON.stringify(result, null, 2));

/**
 * Server start to first answer on /api/health: the time from spawning the
 * sync server process (as `npm start` runs it, through tsx) until
 * GET /api/health first answers 200. Loopback only; bounded in count and time.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { median } from './stats';

const RUNS = 7;
const GIVE_UP_MS = 15_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function timeToHealth(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/index.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    while (performance.now() - started < GIVE_UP_MS) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`no answer on /api/health within ${GIVE_UP_MS} ms`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

export async function benchServerStart() {
  const firstStarts: number[] = [];
  const laterStarts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-'));
    firstStarts.push(await timeToHealth(dataDir)); // migrations + demo accounts
    laterStarts.push(await timeToHealth(dataDir)); // the everyday start
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return {
    runs: RUNS,
    firstStartMedianMs: Math.round(median(firstStarts)),
    laterStartMedianMs: Math.round(median(laterStarts)),
  };
}

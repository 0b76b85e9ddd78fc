import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ServerConfig } from '../../sync-server/config';
import type { RunningServer } from '../../sync-server/start-server';
import { launchChromium } from './chromium';
import { startLotse } from './lotse-server';

export interface LotseInChromium {
  server: RunningServer;
  browser: Browser;
}

/**
 * For an end-to-end test file: a Lotse server on loopback and headless
 * Chromium, started before the file's tests and closed after them. The tests
 * read `server` and `browser` from the object answered, once they run.
 * `server` changes the server's configuration (startLotse), e.g. its demo caseload.
 */
export function lotseInChromium(server: Partial<ServerConfig> = {}): LotseInChromium {
  const lab = {} as LotseInChromium;
  beforeAll(async () => {
    lab.server = await startLotse(server);
    lab.browser = await launchChromium();
  });
  afterAll(async () => {
    await lab.browser?.close();
    await lab.server?.close();
  });
  return lab;
}

/** Waits until the service worker controls the page: from then on the app loads offline. */
export async function serviceWorkerInControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  });
}

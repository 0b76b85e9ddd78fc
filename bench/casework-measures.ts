/**
 * The three casework measures, each taken inside the page with
 * performance.now() so that no round trip to Node is counted.
 */
import type { Page } from 'playwright-core';

const ROW = '[data-testid="caseload-row"]';
const PAGE_TIMEOUT_MS = 30_000;

/**
 * Waits until the caseload has finished its work after loading: the whole
 * list, the deadlines and the search index. Measuring earlier would measure
 * the previous page's reads still running in the same IndexedDB.
 */
async function settledAt(page: Page): Promise<number> {
  const settled = await page.waitForFunction(
    (row) =>
      document.querySelector('[aria-busy="true"]') === null &&
      (performance.getEntriesByName('lotse:caseload-search-ready').length > 0 ||
        document.querySelector(row) === null) &&
      performance.now(),
    ROW,
    { timeout: PAGE_TIMEOUT_MS, polling: 'raf' },
  );
  return (await settled.jsonValue()) as number;
}

export async function waitUntilSettled(page: Page): Promise<void> {
  await settledAt(page);
  await page.waitForTimeout(200);
}

export interface OpeningSample {
  /** Navigation start → PIN entered → the caseload's first rows on screen. */
  firstRowsMs: number;
  /** Navigation start → whole caseload, deadlines and search index ready (to the next frame). */
  settledMs: number;
}

/**
 * Reloads the app, unlocks it with the PIN (the device's data is encrypted, so
 * opening the app includes deriving the key), and reads when the caseload put
 * its first rows on screen, and when it settled.
 */
export async function measureOpening(
  page: Page,
  unlock: (page: Page) => Promise<void>,
): Promise<OpeningSample> {
  await waitUntilSettled(page);
  await page.reload();
  await unlock(page);
  await page.waitForFunction(
    () => performance.getEntriesByName('lotse:caseload-rendered').length > 0,
    undefined,
    { timeout: PAGE_TIMEOUT_MS },
  );
  const [firstRowsMs, rows] = await page.evaluate(
    (row) => [
      performance.getEntriesByName('lotse:caseload-rendered')[0]!.startTime,
      document.querySelectorAll(row).length,
    ],
    ROW,
  );
  if (rows === 0) throw new Error('the caseload marked itself rendered without rows');
  return { firstRowsMs, settledMs: await settledAt(page) };
}

export interface SearchSample {
  ms: number;
  rows: number;
}

/**
 * Sets the search field's value as typing or pasting does (an input event,
 * handled by React), and measures until the list in the DOM has changed:
 * the search, the filtering and React's render and commit of the visible rows.
 */
export function searchFor(page: Page, query: string): Promise<SearchSample> {
  return page.evaluate(
    async ({ query, row, timeout }) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="caseload-search"]')!;
      const list = input.closest('section')!;
      const state = () =>
        `${list.querySelector('[aria-live]')?.textContent}|${list.querySelector(row)?.textContent}`;
      const before = state();
      const changed = new Promise<number>((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (state() === before) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now());
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the list did not change for "${query}"`));
        }, timeout);
        observer.observe(list, { subtree: true, childList: true, characterData: true });
      });
      // The prototype's setter, so that React's value tracker sees a change, as with typing.
      const value = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
      const start = performance.now();
      value.set!.call(input, query);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const end = await changed;
      return { ms: end - start, rows: list.querySelectorAll(row).length };
    },
    { query, row: ROW, timeout: PAGE_TIMEOUT_MS },
  );
}

export interface CaseToOpen {
  caseId: string;
  caseNumber: string;
  clientName: string;
  goalText: string;
}

/** Goes back to the list client-side, as the manager does, and finds the case by its number. */
async function showInList(page: Page, target: CaseToOpen): Promise<void> {
  if (new URL(page.url()).pathname !== '/') {
    await page.getByRole('navigation').getByRole('link', { name: 'Meine Fälle' }).click();
    await page.locator(ROW).first().waitFor({ timeout: PAGE_TIMEOUT_MS });
  }
  const current = await page.locator('[data-testid="caseload-search"]').inputValue();
  if (current !== target.caseNumber) await searchFor(page, target.caseNumber);
  await page.locator(`a[href="/cases/${target.caseId}"]`).waitFor({ timeout: PAGE_TIMEOUT_MS });
  await waitUntilSettled(page);
}

/**
 * Clicks the case's row and measures until the case page shows the client's
 * name as its heading and the plan shows the case's goal.
 */
export async function openCase(page: Page, target: CaseToOpen): Promise<number> {
  await showInList(page, target);
  return page.evaluate(
    async ({ target, timeout }) => {
      const main = document.querySelector('main')!;
      const shown = () =>
        document.querySelector('h1')?.textContent === target.clientName &&
        main.textContent.includes(target.goalText);
      const opened = new Promise<number>((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now());
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`case ${target.caseId} did not show its plan`));
        }, timeout);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const start = performance.now();
      document.querySelector<HTMLAnchorElement>(`a[href="/cases/${target.caseId}"]`)!.click();
      return (await opened) - start;
    },
    { target, timeout: PAGE_TIMEOUT_MS },
  );
}

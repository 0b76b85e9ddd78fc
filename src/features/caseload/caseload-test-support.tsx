import { setToday, type ClientInput } from '@/core/index';
import { openCaseForNewClient, type OpenedCase } from '@/db/commands/open-case-for-new-client';
import { db } from '@/db/database';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import CaseloadPage from './caseload-page';
import { useCaseloadFilterStore } from './caseload-filter-store';

export const TODAY = '2026-11-24';

/** Opens a case for a new client, as the new-client form does. */
export async function openCase(client: ClientInput, openedOn = '2026-02-01'): Promise<OpenedCase> {
  const result = await openCaseForNewClient(client, openedOn);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.id;
}

export async function renderCaseload() {
  const location = memoryLocation({ path: '/', record: true });
  const view = await renderWithI18n(
    <Router hook={location.hook}>
      <CaseloadPage />
    </Router>,
  );
  return { ...view, location };
}

/**
 * Clean tables, a fixed today, reset filters, and a visible list area: jsdom
 * lays nothing out, so the virtualised list would otherwise think it has no
 * room for any row.
 */
export function setUpCaseloadTests() {
  const heightDescriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get: () => 800,
    });
  });
  afterAll(() => {
    if (heightDescriptor)
      Object.defineProperty(HTMLElement.prototype, 'clientHeight', heightDescriptor);
  });
  beforeEach(async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    setToday(TODAY);
    useCaseloadFilterStore.getState().reset();
  });
  afterEach(() => setToday(undefined));
}

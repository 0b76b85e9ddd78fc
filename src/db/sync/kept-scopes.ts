import { RECORD_TABLES } from '@/core/index';
import { db } from '../database';
import { SettingKey } from '../local-settings';

/**
 * Cases taken from this person (a pull's `drop`, docs/PROTOCOL.md) stay on
 * the device while its outbox holds changes for them; the server refuses
 * those changes, and the person sees them and decides. The device remembers
 * such a case in its settings, so that the case leaves once its last change
 * is discarded (also after a restart), and forgets it when the case is
 * visible again: the server sent rows of it, or stored changes to it.
 *
 * dropOrKeep and dropKeptWithoutChanges run inside the caller's transaction,
 * which must hold KEPT_SCOPE_STORES.
 */
/** The stores that removing a kept case reaches into. */
export const KEPT_SCOPE_STORES: readonly string[] = [
  ...RECORD_TABLES,
  'localOutbox',
  'localSettings',
  'localRecentCases',
];

export function readKeptScopes(): Promise<string[]> {
  // Not async: the caller may await it later in its transaction, which a native promise
  // would let lapse (Dexie's own promise keeps the transaction's zone).
  return db.localSettings
    .get(SettingKey.keptScopes)
    .then((entry) => (entry?.value as string[] | undefined) ?? []);
}

async function holdsChanges(scope: string): Promise<boolean> {
  return (await db.localOutbox.where('scope').equals(scope).count()) > 0;
}

async function removeScope(scope: string): Promise<void> {
  for (const table of RECORD_TABLES) await db.table(table).where('scope').equals(scope).delete();
  await db.localRecentCases.delete(scope);
}

async function remember(before: string[], after: string[]): Promise<void> {
  const same = before.length === after.length && before.every((scope, i) => after[i] === scope);
  if (!same) await db.localSettings.put({ key: SettingKey.keptScopes, value: after });
}

/**
 * After a pulled page: `drop` leaves the device, except scopes with changes in
 * the outbox, which are kept; kept scopes in `visible` are forgotten. `before`
 * is readKeptScopes() from the same transaction.
 */
export async function dropOrKeep(
  drop: string[],
  visible: ReadonlySet<string>,
  before: string[],
): Promise<void> {
  const kept = before.filter((scope) => !visible.has(scope) && !drop.includes(scope));
  for (const scope of drop) {
    if (await holdsChanges(scope)) kept.push(scope);
    else await removeScope(scope);
  }
  return remember(before, kept);
}

/** After changes were given up: a kept case whose last change went leaves. */
export async function dropKeptWithoutChanges(): Promise<void> {
  const before = await readKeptScopes();
  const kept: string[] = [];
  for (const scope of before) {
    if (await holdsChanges(scope)) kept.push(scope);
    else await removeScope(scope);
  }
  return remember(before, kept);
}

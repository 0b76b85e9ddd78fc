import { RECORD_TABLES } from '@/core/index';
import { Dexie } from 'dexie';
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

/**
 * Of `scopes`, those the outbox holds changes for: one read of index keys,
 * nothing opened. Dexie's own promise, also for none: a native one that
 * resolves without a request would let the caller's transaction commit.
 */
function holdingChanges(scopes: readonly string[]): Promise<Set<string>> {
  if (scopes.length === 0) return Dexie.Promise.resolve(new Set<string>());
  return db.localOutbox
    .where('scope')
    .anyOf(scopes)
    .keys()
    .then((keys) => new Set(keys as string[]));
}

/** Every row of `scopes`, one deletion per table (a role change may drop thousands of cases). */
async function removeScopes(scopes: readonly string[]): Promise<void> {
  for (const table of RECORD_TABLES) await db.table(table).where('scope').anyOf(scopes).delete();
  await db.localRecentCases.bulkDelete([...scopes]);
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
  const dropping = new Set(drop);
  const kept = before.filter((scope) => !visible.has(scope) && !dropping.has(scope));
  const holding = await holdingChanges(drop);
  kept.push(...drop.filter((scope) => holding.has(scope)));
  const leaving = drop.filter((scope) => !holding.has(scope));
  if (leaving.length) await removeScopes(leaving);
  return remember(before, kept);
}

/** After changes were given up: a kept case whose last change went leaves. */
export async function dropKeptWithoutChanges(): Promise<void> {
  const before = await readKeptScopes();
  const holding = await holdingChanges(before);
  const leaving = before.filter((scope) => !holding.has(scope));
  if (leaving.length) await removeScopes(leaving);
  return remember(
    before,
    before.filter((scope) => holding.has(scope)),
  );
}

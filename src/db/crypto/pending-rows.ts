import type { DBCoreTransaction } from 'dexie';
import { canonicalKey } from './idb-key';

/**
 * Keys of one table's rows that were added in a transaction under the
 * `pending` binding and not yet re-sealed under their generated key. Only
 * reads in that same transaction may accept a pending binding; once the
 * transaction is gone, so is its entry (WeakMap), and a pending blob found
 * later is tampering.
 */
export class PendingRows {
  private readonly byTransaction = new WeakMap<DBCoreTransaction, Set<string>>();

  add(trans: DBCoreTransaction, keys: unknown[]): void {
    const set = this.byTransaction.get(trans) ?? new Set<string>();
    for (const key of keys) set.add(JSON.stringify(canonicalKey(key)));
    this.byTransaction.set(trans, set);
  }

  delete(trans: DBCoreTransaction, keys: unknown[]): void {
    const set = this.byTransaction.get(trans);
    if (!set) return;
    for (const key of keys) set.delete(JSON.stringify(canonicalKey(key)));
    if (set.size === 0) this.byTransaction.delete(trans);
  }

  has(trans: DBCoreTransaction, key: unknown): boolean {
    const set = this.byTransaction.get(trans);
    return set !== undefined && set.has(JSON.stringify(canonicalKey(key)));
  }
}

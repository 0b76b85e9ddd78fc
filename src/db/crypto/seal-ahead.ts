import { isValidKey } from './idb-key';
import type { NativeKey } from './native-key';
import { newIvs, sealingInput, storedForm } from './row-cipher';
import type { TableLayout } from './table-layout';

interface SealedRow {
  table: string;
  stored: Record<string, unknown>;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

/**
 * Rows sealed before they are written. An IndexedDB transaction that awaits
 * something else commits, so a write seals synchronously (row-cipher.ts, in
 * JavaScript); sealing before the transaction, or while Dexie.waitFor keeps
 * it alive, lets WebCrypto's native AES-GCM seal many rows several times
 * faster, and mostly off the main thread. Sealing a row again for the same
 * table does nothing: it is frozen, so its sealed form still holds.
 *
 * Invariant: a sealed form is only ever written for the very row object it was
 * made from, into the table it was made for. Each row is frozen, deeply, when
 * it is sealed, so that object cannot differ from what was encrypted, and its
 * inline key cannot change (tables with outbound or generated keys are not
 * sealed ahead). A write of any other object — a copy, a changed merge — is
 * sealed in the transaction as usual. Entries are held weakly and used once.
 */
export class SealedAhead {
  private readonly sealed = new WeakMap<object, SealedRow>();

  constructor(private readonly nativeKey: NativeKey) {}

  async seal(layout: TableLayout, rows: readonly object[]): Promise<void> {
    const fresh = rows.filter((row) => this.sealed.get(row)?.table !== layout.table);
    if (layout.primaryKeyProp === undefined || fresh.length === 0) return;
    const key = await this.nativeKey.get();
    const ivs = newIvs(fresh.length);
    await Promise.all(fresh.map((row, i) => this.sealOne(key, layout, row, ivs[i]!)));
  }

  private async sealOne(
    key: CryptoKey,
    layout: TableLayout,
    row: object,
    iv: Uint8Array,
  ): Promise<void> {
    const primaryKey = layout.extractKey(row);
    if (!isValidKey(primaryKey)) return;
    let input;
    try {
      input = sealingInput(layout, row, { primaryKey });
    } catch {
      return; // the write will refuse it, with the reason
    }
    deepFreeze(row);
    const ciphertext = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: input.aad as BufferSource },
      key,
      input.payload as BufferSource,
    );
    this.sealed.set(row, {
      table: layout.table,
      stored: storedForm(input, iv, new Uint8Array(ciphertext)),
    });
  }

  /** The sealed form of `row` if it was sealed ahead for `table`; it is then forgotten. */
  take(table: string, row: unknown): Record<string, unknown> | undefined {
    if (typeof row !== 'object' || row === null) return undefined;
    const entry = this.sealed.get(row);
    if (entry?.table !== table) return undefined;
    this.sealed.delete(row);
    return entry.stored;
  }
}

import { openedRow, openingInput } from './row-cipher';
import type { TableLayout } from './table-layout';

/**
 * Opens stored rows with WebCrypto's native AES-GCM, the counterpart of
 * seal-ahead.ts: for rows read in one step and opened after it (the stored
 * forms from `readSealed`), where opening them one by one in JavaScript inside
 * the transaction would cost more. Each row comes back whole and
 * authenticated, or the whole call fails with TamperedDataError, like openRow.
 * A row's `pending` binding is never accepted here: rows read this way were
 * written by transactions that have finished, which re-bind every row they add.
 */
export async function openNative(
  key: CryptoKey,
  layout: TableLayout,
  stored: readonly unknown[],
  primaryKeys: readonly unknown[],
): Promise<(Record<string, unknown> | undefined)[]> {
  return Promise.all(
    stored.map(async (row, i) => {
      if (row === undefined) return undefined;
      const primaryKey = primaryKeys[i];
      const input = openingInput(layout, row, primaryKey);
      let payload: Uint8Array | undefined;
      try {
        payload = new Uint8Array(
          await crypto.subtle.decrypt(
            {
              name: 'AES-GCM',
              iv: input.iv as BufferSource,
              additionalData: input.aad({ primaryKey }) as BufferSource,
            },
            key,
            input.sealed as BufferSource,
          ),
        );
      } catch {
        payload = undefined; // authentication failed
      }
      return openedRow(layout, input, payload, primaryKey);
    }),
  );
}

import { canonicalKey } from './idb-key';

/**
 * Additional authenticated data of a row's ciphertext. It binds the blob to
 * its format version, its table, its primary key and the values of its plain
 * (indexed) properties, so that a blob moved to another row, or a row whose
 * indexed values were edited, fails authentication instead of decrypting.
 *
 * A row added to an auto-increment table without a key is first sealed as
 * `pending` (its key does not exist yet), and re-sealed under its generated key
 * in the same transaction (encrypted-table.ts); `pending` rows never outlive
 * that transaction. The inline key property is left out of a pending binding,
 * since IndexedDB writes it into the row only on storing.
 *
 * Bump ROW_FORMAT_VERSION when the row layout, the payload encoding or this
 * binding changes, and keep reading the old version.
 */
export const ROW_FORMAT_VERSION = 1;

const encoder = new TextEncoder();

export type RowBinding = { primaryKey: unknown } | 'pending';

export function rowAdditionalData(
  table: string,
  binding: RowBinding,
  plain: Record<string, unknown>,
  primaryKeyProp: string | undefined,
): Uint8Array {
  return additionalDataOf(rowBindingText(table, binding, plain, primaryKeyProp));
}

/** The additional data of a binding's text (rowBindingText). */
export function additionalDataOf(bindingText: string): Uint8Array {
  return encoder.encode(bindingText);
}

/** The additional data as text, before its UTF-8 encoding: one string per distinct binding. */
export function rowBindingText(
  table: string,
  binding: RowBinding,
  plain: Record<string, unknown>,
  primaryKeyProp: string | undefined,
): string {
  const names = Object.keys(plain)
    .filter((name) => binding !== 'pending' || name !== primaryKeyProp)
    .sort();
  const key = binding === 'pending' ? ['pending'] : ['key', canonicalKey(binding.primaryKey)];
  const entries = names.map((name) => [name, canonicalKey(plain[name])]);
  return JSON.stringify(['lotse-row', ROW_FORMAT_VERSION, table, key, entries]);
}

/**
 * The data key: 32 random bytes, made once per device database. Rows are
 * encrypted with it (AES-256-GCM, row-cipher.ts); it is stored only wrapped
 * under the PIN (keyring.ts) and never changes, so a PIN change re-encrypts
 * nothing but the keyring.
 */
export const DATA_KEY_BYTES = 32;

export function createDataKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES));
}

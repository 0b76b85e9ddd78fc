/**
 * PIN or passphrase → key-encryption key (KEK), with PBKDF2-SHA-256 in WebCrypto.
 *
 * The KEK is a non-extractable AES-256-GCM CryptoKey: it only ever wraps and
 * unwraps the data key (keyring.ts) and never touches rows, so it can stay in
 * WebCrypto and its derivation can be asynchronous. Call it outside Dexie
 * transactions: awaiting WebCrypto inside one lets the transaction commit.
 *
 * OWASP (2023) recommends at least 600,000 PBKDF2-SHA-256 iterations. The
 * count is stored with each keyring, so raising the default later only needs
 * a PIN change (re-wrap) on each device; old keyrings stay readable.
 */
export const PBKDF2_DEFAULT_ITERATIONS = 600_000;

/** 128-bit salt, fresh for every wrap, so equal PINs on two devices give different KEKs. */
export const KDF_SALT_BYTES = 16;

export const KDF_NAME = 'PBKDF2-SHA-256';

/** The PIN is NFC-normalised, so an "ü" typed as one or as two code points unlocks alike. */
export async function deriveKeyEncryptionKey(
  pin: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(pin.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

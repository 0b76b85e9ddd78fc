import { base64ToBytes, bytesToBase64 } from './base64';
import { createDataKey, DATA_KEY_BYTES } from './data-key';
import {
  deriveKeyEncryptionKey,
  KDF_NAME,
  KDF_SALT_BYTES,
  PBKDF2_DEFAULT_ITERATIONS,
} from './key-derivation';
import { KEYRING_VERSION, storedKeyringSchema, type StoredKeyring } from './stored-keyring';

/**
 * Wrapping the data key (data-key.ts) under a PIN.
 *
 * Invariants:
 * - a PIN change re-wraps the same data key, so no row is re-encrypted;
 * - the data key is stored only wrapped, with AES-256-GCM under a KEK derived
 *   from the PIN; the authentication tag is what tells a wrong PIN, so a wrong
 *   PIN can never yield a wrong key that would then garble rows;
 * - every wrap uses a fresh salt and IV.
 *
 * Everything here awaits WebCrypto: call it before opening the database or
 * outside Dexie transactions.
 */
const WRAP_IV_BYTES = 12;
/** Binds a wrapped key to this keyring layout, so it cannot be replayed under another version. */
const WRAP_ADDITIONAL_DATA = new TextEncoder().encode(`lotse-keyring/v${KEYRING_VERSION}`);

export const UnlockFailure = {
  wrongPin: 'wrongPin',
  malformedKeyring: 'malformedKeyring',
} as const;
export type UnlockFailure = (typeof UnlockFailure)[keyof typeof UnlockFailure];

export type UnlockResult = { ok: true; dataKey: Uint8Array } | { ok: false; reason: UnlockFailure };
export type ChangePinResult =
  { ok: true; keyring: StoredKeyring } | { ok: false; reason: UnlockFailure };

export interface KeyringOptions {
  /** PBKDF2 iterations; tests pass a small number, the app keeps the default. */
  iterations?: number;
}

export async function wrapDataKey(
  dataKey: Uint8Array,
  pin: string,
  { iterations = PBKDF2_DEFAULT_ITERATIONS }: KeyringOptions = {},
): Promise<StoredKeyring> {
  if (dataKey.length !== DATA_KEY_BYTES) throw new Error(`A data key has ${DATA_KEY_BYTES} bytes`);
  const salt = crypto.getRandomValues(new Uint8Array(KDF_SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(WRAP_IV_BYTES));
  const kek = await deriveKeyEncryptionKey(pin, salt, iterations);
  const wrapped = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: WRAP_ADDITIONAL_DATA },
    kek,
    dataKey as BufferSource,
  );
  return {
    version: KEYRING_VERSION,
    kdf: { name: KDF_NAME, iterations, salt: bytesToBase64(salt) },
    wrappedKey: { iv: bytesToBase64(iv), data: bytesToBase64(new Uint8Array(wrapped)) },
  };
}

/** A new device database: a fresh data key, and its keyring under `pin`. */
export async function createKeyring(
  pin: string,
  options: KeyringOptions = {},
): Promise<{ keyring: StoredKeyring; dataKey: Uint8Array }> {
  const dataKey = createDataKey();
  return { keyring: await wrapDataKey(dataKey, pin, options), dataKey };
}

/** `stored` is whatever was read from storage; it is parsed here, so a damaged keyring is a value. */
export async function unwrapDataKey(stored: unknown, pin: string): Promise<UnlockResult> {
  const parsed = storedKeyringSchema.safeParse(stored);
  if (!parsed.success) return { ok: false, reason: UnlockFailure.malformedKeyring };
  const { kdf, wrappedKey } = parsed.data;
  const salt = base64ToBytes(kdf.salt);
  const iv = base64ToBytes(wrappedKey.iv);
  const data = base64ToBytes(wrappedKey.data);
  if (!salt || !iv || !data || iv.length !== WRAP_IV_BYTES)
    return { ok: false, reason: UnlockFailure.malformedKeyring };

  const kek = await deriveKeyEncryptionKey(pin, salt, kdf.iterations);
  let dataKey: Uint8Array;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: WRAP_ADDITIONAL_DATA },
      kek,
      data as BufferSource,
    );
    dataKey = new Uint8Array(plain);
  } catch (error) {
    if (isOperationError(error)) return { ok: false, reason: UnlockFailure.wrongPin };
    throw error;
  }
  if (dataKey.length !== DATA_KEY_BYTES)
    return { ok: false, reason: UnlockFailure.malformedKeyring };
  return { ok: true, dataKey };
}

/**
 * WebCrypto reports a failed authentication tag as a DOMException named
 * OperationError; checked by name, since DOMException may come from another realm.
 */
function isOperationError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    error.name === 'OperationError'
  );
}

/** Re-wraps the same data key under `newPin` (fresh salt and IV); rows stay as they are. */
export async function changePin(
  stored: unknown,
  oldPin: string,
  newPin: string,
  options: KeyringOptions = {},
): Promise<ChangePinResult> {
  const unlocked = await unwrapDataKey(stored, oldPin);
  if (!unlocked.ok) return unlocked;
  return { ok: true, keyring: await wrapDataKey(unlocked.dataKey, newPin, options) };
}

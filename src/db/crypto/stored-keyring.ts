import { z } from 'zod';
import { KDF_NAME } from './key-derivation';

/**
 * The keyring as it is stored on the device: the data key, wrapped (AES-256-GCM)
 * with a key-encryption key derived from the PIN, plus what is needed to derive
 * that key again. Nothing in it is secret without the PIN, so it may be kept in
 * plain text (a plain Dexie table or localStorage) and read before unlocking.
 *
 * Bump KEYRING_VERSION when this layout or the wrapping changes, and keep
 * reading the old version: a device must never lose its data over an update.
 */
export const KEYRING_VERSION = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const storedKeyringSchema = z.object({
  version: z.literal(KEYRING_VERSION),
  kdf: z.object({
    name: z.literal(KDF_NAME),
    iterations: z.number().int().min(1),
    salt: base64,
  }),
  wrappedKey: z.object({ iv: base64, data: base64 }),
});

export type StoredKeyring = z.infer<typeof storedKeyringSchema>;

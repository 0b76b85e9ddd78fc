// The public surface of encryption at rest, by name. Everything else in this folder is internal.
export { createDataKey, DATA_KEY_BYTES } from './data-key';
export { PBKDF2_DEFAULT_ITERATIONS } from './key-derivation';
export { changePin, createKeyring, unwrapDataKey, UnlockFailure, wrapDataKey } from './keyring';
export type { ChangePinResult, KeyringOptions, UnlockResult } from './keyring';
export { KEYRING_VERSION, storedKeyringSchema } from './stored-keyring';
export type { StoredKeyring } from './stored-keyring';
export {
  encryptionMiddleware,
  ENCRYPTION_MIDDLEWARE_LEVEL,
  ENCRYPTION_MIDDLEWARE_NAME,
} from './encryption-middleware';
export type { EncryptionOptions } from './encryption-middleware';
export { ENCRYPTED_PROPERTY } from './row-cipher';
export { ROW_FORMAT_VERSION } from './row-binding';
export { TamperedDataError } from './tampered-data-error';
export { UnencryptableValueError } from './unencryptable-value-error';

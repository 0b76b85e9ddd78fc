/**
 * The data key as a WebCrypto key, for sealing and opening outside IndexedDB
 * transactions (seal-ahead.ts, native-open.ts): imported once, on first use,
 * and not extractable. `dataKey` must still hold the key then (the database is open).
 */
export class NativeKey {
  private key: Promise<CryptoKey> | undefined;

  constructor(private readonly dataKey: Uint8Array) {}

  get(): Promise<CryptoKey> {
    return (this.key ??= crypto.subtle.importKey(
      'raw',
      this.dataKey as BufferSource,
      'AES-GCM',
      false,
      ['encrypt', 'decrypt'],
    ));
  }
}

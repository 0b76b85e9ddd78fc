import { describe, expect, it } from 'vitest';
import { base64ToBytes } from './base64';
import { createDataKey } from './data-key';
import { PBKDF2_DEFAULT_ITERATIONS } from './key-derivation';
import { changePin, createKeyring, unwrapDataKey, UnlockFailure, wrapDataKey } from './keyring';

/** Few iterations keep these tests fast; the default is checked once, below. */
const FAST = { iterations: 1000 };

describe('the keyring', () => {
  it('unwraps the data key with the right PIN', async () => {
    const { keyring, dataKey } = await createKeyring('4711', FAST);
    expect(await unwrapDataKey(keyring, '4711')).toEqual({ ok: true, dataKey });
  });

  it('answers a wrong PIN with a value, not an exception', async () => {
    const { keyring } = await createKeyring('4711', FAST);
    expect(await unwrapDataKey(keyring, '4712')).toEqual({
      ok: false,
      reason: UnlockFailure.wrongPin,
    });
    expect(await unwrapDataKey(keyring, '')).toEqual({ ok: false, reason: 'wrongPin' });
  });

  it('is plain JSON: it survives being stored as text', async () => {
    const { keyring, dataKey } = await createKeyring('Sonnenblume 7', FAST);
    const stored: unknown = JSON.parse(JSON.stringify(keyring));
    expect(stored).toEqual({
      version: 1,
      kdf: { name: 'PBKDF2-SHA-256', iterations: 1000, salt: expect.any(String) },
      wrappedKey: { iv: expect.any(String), data: expect.any(String) },
    });
    expect(base64ToBytes(keyring.kdf.salt)).toHaveLength(16);
    expect(base64ToBytes(keyring.wrappedKey.iv)).toHaveLength(12);
    expect(await unwrapDataKey(stored, 'Sonnenblume 7')).toEqual({ ok: true, dataKey });
  });

  it('keeps the data key when the PIN changes, with a fresh salt', async () => {
    const { keyring, dataKey } = await createKeyring('1111', FAST);
    const changed = await changePin(keyring, '1111', '2222', FAST);
    if (!changed.ok) throw new Error(changed.reason);
    expect(changed.keyring.kdf.salt).not.toBe(keyring.kdf.salt);
    expect(changed.keyring.wrappedKey.iv).not.toBe(keyring.wrappedKey.iv);
    expect(await unwrapDataKey(changed.keyring, '2222')).toEqual({ ok: true, dataKey });
    expect(await unwrapDataKey(changed.keyring, '1111')).toEqual({ ok: false, reason: 'wrongPin' });
    expect(await changePin(keyring, '9999', '3333', FAST)).toEqual({
      ok: false,
      reason: 'wrongPin',
    });
  });

  it('wraps the same key differently each time', async () => {
    const dataKey = createDataKey();
    const [a, b] = await Promise.all([
      wrapDataKey(dataKey, '0000', FAST),
      wrapDataKey(dataKey, '0000', FAST),
    ]);
    expect(a.wrappedKey.data).not.toBe(b.wrappedKey.data);
  });

  it('treats a PIN typed in another Unicode normal form as the same PIN', async () => {
    const { keyring, dataKey } = await createKeyring('Grüße', FAST);
    expect(await unwrapDataKey(keyring, 'Gru\u0308ße')).toEqual({ ok: true, dataKey });
  });

  it('answers a damaged keyring with a value', async () => {
    const { keyring } = await createKeyring('4711', FAST);
    const malformed = { ok: false, reason: UnlockFailure.malformedKeyring };
    expect(await unwrapDataKey(undefined, '4711')).toEqual(malformed);
    expect(await unwrapDataKey({ ...keyring, version: 2 }, '4711')).toEqual(malformed);
    expect(await unwrapDataKey({ ...keyring, kdf: { ...keyring.kdf, salt: 'ä' } }, '4711')).toEqual(
      malformed,
    );
    const iv = { ...keyring.wrappedKey, iv: 'AAAA' };
    expect(await unwrapDataKey({ ...keyring, wrappedKey: iv }, '4711')).toEqual(malformed);
    // A changed ciphertext cannot be told from a wrong PIN: both fail the tag.
    const data = {
      ...keyring.wrappedKey,
      data: keyring.wrappedKey.data.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
    };
    expect(await unwrapDataKey({ ...keyring, wrappedKey: data }, '4711')).toEqual({
      ok: false,
      reason: 'wrongPin',
    });
  });

  it('derives with 600,000 iterations by default', async () => {
    const started = performance.now();
    const { keyring, dataKey } = await createKeyring('4711');
    const created = performance.now();
    expect(keyring.kdf.iterations).toBe(PBKDF2_DEFAULT_ITERATIONS);
    expect(PBKDF2_DEFAULT_ITERATIONS).toBe(600_000);
    expect(await unwrapDataKey(keyring, '4711')).toEqual({ ok: true, dataKey });
    // eslint-disable-next-line no-console -- the timing is what this test reports
    console.log(
      `PBKDF2-SHA-256 × 600,000: create ${(created - started).toFixed(0)} ms, unlock ${(performance.now() - created).toFixed(0)} ms`,
    );
  });
});

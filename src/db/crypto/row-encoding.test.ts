import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';
import { canonicalKey, isValidKey } from './idb-key';
import { decodePayload, encodePayload } from './json-payload';
import { UnencryptableValueError } from './unencryptable-value-error';

describe('canonical keys', () => {
  it('are equal exactly for keys IndexedDB treats as equal', () => {
    const same = (a: unknown, b: unknown) =>
      JSON.stringify(canonicalKey(a)) === JSON.stringify(canonicalKey(b));
    expect(same(0, -0)).toBe(true);
    expect(same(new Date(5), new Date(5))).toBe(true);
    expect(same(new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]))).toBe(true);
    expect(same('1', 1)).toBe(false);
    expect(same(['a', 'b'], 'a,b')).toBe(false);
    expect(same(['a', ['b']], [['a'], 'b'])).toBe(false);
    expect(same(new Date(1), 1)).toBe(false);
  });

  it('tell valid keys from values IndexedDB does not index', () => {
    for (const key of ['', 3, -Infinity, new Date(0), new Uint8Array(1), ['a', [1]]])
      expect(isValidKey(key)).toBe(true);
    for (const value of [undefined, null, true, NaN, {}, new Date(NaN), ['a', {}]])
      expect(isValidKey(value)).toBe(false);
  });
});

describe('the encrypted payload', () => {
  it('comes back as it was written', () => {
    const props = {
      a: 'ü\u0000"',
      n: -1.5,
      b: false,
      z: null,
      list: [1, 'x', [{ d: [] }]],
      o: { p: {} },
    };
    expect(decodePayload(encodePayload('t', props))).toEqual(props);
  });

  it('leaves out undefined properties and nothing else', () => {
    expect(decodePayload(encodePayload('t', { a: undefined, b: 1 }))).toStrictEqual({ b: 1 });
  });

  it('refuses what JSON would change, naming the path', () => {
    const path = (props: Record<string, unknown>) => {
      try {
        encodePayload('clients', props);
        return undefined;
      } catch (error) {
        expect(error).toBeInstanceOf(UnencryptableValueError);
        return (error as UnencryptableValueError).path;
      }
    };
    expect(path({ born: new Date() })).toBe('born');
    expect(path({ a: { b: [1, Infinity] } })).toBe('a.b[1]');
    expect(path({ a: [[undefined]] })).toBe('a[0][0]');
    expect(path({ m: new Map() })).toBe('m');
    expect(path({ f: new Uint8Array(2) })).toBe('f');
    expect(path({ x: 1n })).toBe('x');
    expect(path({ ok: 'yes' })).toBeUndefined();
  });
});

describe('base64', () => {
  it('round-trips bytes and refuses what is not base64', () => {
    const bytes = Uint8Array.from({ length: 33 }, (_, i) => (i * 37) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(base64ToBytes('')).toEqual(new Uint8Array());
    expect(base64ToBytes('abc')).toBeUndefined();
    expect(base64ToBytes('ab!=')).toBeUndefined();
  });
});

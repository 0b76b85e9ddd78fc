/**
 * IndexedDB keys as the encryption layer needs them: whether a value is a
 * valid key (only such values are indexed, so only they stay in plain text),
 * and a canonical form for binding a ciphertext to its row.
 *
 * Invariant: two values that IndexedDB treats as the same key have the same
 * canonical form (-0 and 0; a Date and another Date of the same instant; an
 * ArrayBuffer and a Uint8Array of the same bytes), and two different keys never
 * share one. Checks go by tag, not `instanceof`, because values may come from
 * another realm (jsdom, iframes).
 */
export type CanonicalKey = readonly (string | CanonicalKey)[];

const tagOf = (value: unknown) => Object.prototype.toString.call(value);

function isBinary(value: unknown): value is ArrayBuffer | ArrayBufferView {
  return ArrayBuffer.isView(value) || tagOf(value) === '[object ArrayBuffer]';
}

export function isValidKey(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      return true;
    case 'number':
      return !Number.isNaN(value);
    case 'object':
      if (value === null) return false;
      if (Array.isArray(value)) return value.every(isValidKey);
      if (tagOf(value) === '[object Date]') return !Number.isNaN((value as Date).getTime());
      return isBinary(value);
    default:
      return false;
  }
}

function bytesOf(value: ArrayBuffer | ArrayBufferView): Uint8Array {
  return ArrayBuffer.isView(value)
    ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
    : new Uint8Array(value);
}

/** Only for valid keys (see isValidKey). */
export function canonicalKey(key: unknown): CanonicalKey {
  if (typeof key === 'string') return ['s', key];
  if (typeof key === 'number') return ['n', String(key)];
  if (Array.isArray(key)) return ['a', ...key.map(canonicalKey)];
  if (tagOf(key) === '[object Date]') return ['d', String((key as Date).getTime())];
  if (isBinary(key)) {
    let hex = '';
    for (const byte of bytesOf(key)) hex += byte.toString(16).padStart(2, '0');
    return ['b', hex];
  }
  throw new Error('not a valid IndexedDB key');
}

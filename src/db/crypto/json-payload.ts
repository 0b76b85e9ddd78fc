import { UnencryptableValueError } from './unencryptable-value-error';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The encrypted part of a row travels as UTF-8 JSON. Invariant: what
 * decodePayload returns deep-equals what encodePayload was given, or
 * encodePayload throws. The one allowed loss: an object property whose value is
 * `undefined` is left out, which reads back the same (`row.x === undefined`).
 */
export function encodePayload(table: string, props: Record<string, unknown>): Uint8Array {
  const badPath = firstNonJsonPath(props);
  if (badPath !== undefined) throw new UnencryptableValueError(table, badPath);
  return encoder.encode(JSON.stringify(props));
}

/** Undefined when the bytes are not a JSON object; after authentication that means a bug. */
export function decodePayload(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(decoder.decode(bytes));
    return isPlainObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}

/** `['notes', '[2]', 'text']` → `notes[2].text` */
function formatPath(segments: string[]): string {
  return segments.map((s, i) => (i === 0 || s.startsWith('[') ? s : `.${s}`)).join('');
}

/** The path of the first value JSON would not carry faithfully; '' for the root. */
function firstNonJsonPath(value: unknown): string | undefined {
  const segments = nonJsonSegments(value);
  return segments && formatPath(segments);
}

function nonJsonSegments(value: unknown): string[] | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : [];
    case 'object':
      if (value === null) return undefined;
      if (Array.isArray(value)) return firstInArray(value);
      return isPlainObject(value) ? firstInObject(value) : [];
    default:
      return [];
  }
}

function firstInArray(items: unknown[]): string[] | undefined {
  for (let i = 0; i < items.length; i++) {
    const inner = items[i] === undefined ? [] : nonJsonSegments(items[i]);
    if (inner) return [`[${i}]`, ...inner];
  }
  return undefined;
}

function firstInObject(object: Record<string, unknown>): string[] | undefined {
  for (const name of Object.keys(object)) {
    const item = object[name];
    const inner = item === undefined ? undefined : nonJsonSegments(item);
    if (inner) return [name, ...inner];
  }
  return undefined;
}

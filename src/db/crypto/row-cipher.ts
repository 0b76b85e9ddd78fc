import { gcm } from '@noble/ciphers/aes.js';
import { isBytes, randomBytes } from '@noble/ciphers/utils.js';
import { isValidKey } from './idb-key';
import { decodePayload, encodePayload } from './json-payload';
import type { OpenedRows } from './opened-rows';
import {
  additionalDataOf,
  rowAdditionalData,
  rowBindingText,
  type RowBinding,
} from './row-binding';
import type { TableLayout } from './table-layout';
import { TamperedDataError } from './tampered-data-error';
import { UnencryptableValueError } from './unencryptable-value-error';

/**
 * One row ⇄ its stored form `{ ...plainKeyProps, _enc: iv ‖ ciphertext ‖ tag }`.
 *
 * Invariants:
 * - every property of a stored row other than `_enc` was a key-path property
 *   (table-layout.ts) when the row was written, and holds a valid IndexedDB
 *   key; every other property of the row is inside `_enc`, AES-256-GCM under
 *   the data key;
 * - every stored row of an encrypted table has `_enc`, even when nothing else
 *   is left to hide, so a row without one is tampering, not "old plain data";
 * - openRow returns the whole row or throws TamperedDataError, never a part.
 *
 * Synchronous on purpose (noble, not WebCrypto): it runs inside IndexedDB
 * transactions, which commit as soon as the event loop is reached without a
 * pending request. (Big writes seal ahead of their transaction with WebCrypto,
 * in this same format: seal-ahead.ts.) IVs are 96 random bits; with one key per device that is safe
 * far beyond 2^32 writes (NIST SP 800-38D), more than a device will ever do.
 */
export const ENCRYPTED_PROPERTY = '_enc';
const IV_BYTES = 12;
const TAG_BYTES = 16;

function isRowObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}

/** What sealing a row encrypts, and what stays plain beside the ciphertext. */
export interface SealingInput {
  plain: Record<string, unknown>;
  aad: Uint8Array;
  payload: Uint8Array;
}

/** Splits a row into its plain (key path) and secret parts, refusing what cannot be sealed. */
export function sealingInput(layout: TableLayout, row: unknown, binding: RowBinding): SealingInput {
  if (!isRowObject(row))
    throw new UnencryptableValueError(layout.table, '', 'must be an object in an encrypted table');
  const plain: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    if (name === ENCRYPTED_PROPERTY)
      throw new UnencryptableValueError(layout.table, name, 'is reserved for the ciphertext');
    if (layout.keyPathProps.has(name) && isValidKey(value)) plain[name] = value;
    else if (layout.multiEntryProps.has(name) && value !== undefined)
      // IndexedDB would index the valid items of such an array; encrypting it would silently stop that.
      throw new UnencryptableValueError(
        layout.table,
        name,
        'must be an array of valid keys (multiEntry index)',
      );
    else secret[name] = value;
  }
  const aad = rowAdditionalData(layout.table, binding, plain, layout.primaryKeyProp);
  return { plain, aad, payload: encodePayload(layout.table, secret) };
}

/** The stored form: the plain part with `iv ‖ ciphertext ‖ tag` under `_enc`. */
export function storedForm(
  input: SealingInput,
  iv: Uint8Array,
  ciphertext: Uint8Array,
): Record<string, unknown> {
  const sealed = new Uint8Array(iv.length + ciphertext.length);
  sealed.set(iv);
  sealed.set(ciphertext, iv.length);
  return { ...input.plain, [ENCRYPTED_PROPERTY]: sealed };
}

function newIv(): Uint8Array {
  return randomBytes(IV_BYTES);
}

/** getRandomValues gives at most 64 KiB per call. */
const IVS_PER_DRAW = Math.floor(65_536 / IV_BYTES);

/** `count` fresh IVs, drawn from the random source in few calls. */
export function newIvs(count: number): Uint8Array[] {
  const ivs: Uint8Array[] = [];
  while (ivs.length < count) {
    const drawn = Math.min(count - ivs.length, IVS_PER_DRAW);
    const bytes = randomBytes(drawn * IV_BYTES);
    for (let i = 0; i < drawn; i++) ivs.push(bytes.subarray(i * IV_BYTES, (i + 1) * IV_BYTES));
  }
  return ivs;
}

export function sealRow(
  dataKey: Uint8Array,
  layout: TableLayout,
  row: unknown,
  binding: RowBinding,
): Record<string, unknown> {
  const input = sealingInput(layout, row, binding);
  const iv = newIv();
  return storedForm(input, iv, gcm(dataKey, iv, input.aad).encrypt(input.payload));
}

/** A stored row taken apart for opening: its checks passed, its AES-GCM still to do. */
export interface OpeningInput {
  plain: Record<string, unknown>;
  iv: Uint8Array;
  /** Ciphertext ‖ tag. */
  sealed: Uint8Array;
  aad: (binding: RowBinding) => Uint8Array;
  /** The additional data as text (row-binding.ts). */
  bindingText: (binding: RowBinding) => string;
}

/** Takes a stored row apart for opening, or throws TamperedDataError if it cannot be a sealed row. */
export function openingInput(
  layout: TableLayout,
  stored: unknown,
  primaryKey: unknown,
): OpeningInput {
  if (!isRowObject(stored)) throw new TamperedDataError(layout.table, primaryKey);
  const { [ENCRYPTED_PROPERTY]: sealed, ...plain } = stored;
  if (!isBytes(sealed) || sealed.length < IV_BYTES + TAG_BYTES)
    throw new TamperedDataError(layout.table, primaryKey);
  // Plain properties need not be key paths of today's schema (an index may have
  // been dropped since the row was written): the binding authenticates them all.
  if (!Object.values(plain).every(isValidKey))
    throw new TamperedDataError(layout.table, primaryKey);
  return {
    plain,
    iv: sealed.subarray(0, IV_BYTES),
    sealed: sealed.subarray(IV_BYTES),
    aad: (binding) => rowAdditionalData(layout.table, binding, plain, layout.primaryKeyProp),
    bindingText: (binding) => rowBindingText(layout.table, binding, plain, layout.primaryKeyProp),
  };
}

/** The whole row from its opened payload (undefined: authentication failed), or TamperedDataError. */
export function openedRow(
  layout: TableLayout,
  input: OpeningInput,
  payload: Uint8Array | undefined,
  primaryKey: unknown,
): Record<string, unknown> {
  const secret = payload && decodePayload(payload);
  if (!secret) throw new TamperedDataError(layout.table, primaryKey);
  return Object.assign(input.plain, secret);
}

/**
 * `primaryKey` is the row's real key (from the request, the cursor or the
 * stored key path). `pendingAllowed`: the row was added in this very
 * transaction and may still carry its pending binding. `opened`: rows opened
 * before (opened-rows.ts), whose payload is taken again for the very same
 * stored bytes under the very same binding.
 */
export function openRow(
  dataKey: Uint8Array,
  layout: TableLayout,
  stored: unknown,
  primaryKey: unknown,
  pendingAllowed: boolean,
  opened?: OpenedRows,
): Record<string, unknown> {
  const input = openingInput(layout, stored, primaryKey);
  const attempt = (aad: Uint8Array) => {
    try {
      return gcm(dataKey, input.iv, aad).decrypt(input.sealed);
    } catch {
      return undefined; // authentication failed
    }
  };
  if (opened && !pendingAllowed) {
    const binding = input.bindingText({ primaryKey });
    let payload = opened.find(binding, input.iv, input.sealed);
    if (!payload) {
      payload = attempt(additionalDataOf(binding));
      if (payload) opened.keep(binding, input.iv, input.sealed, payload);
    }
    return openedRow(layout, input, payload, primaryKey);
  }
  const payload =
    attempt(input.aad({ primaryKey })) ??
    (pendingAllowed ? attempt(input.aad('pending')) : undefined);
  return openedRow(layout, input, payload, primaryKey);
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changePin, unwrapDataKey } from '@/db/crypto/index';
import { readDeviceAccount } from '@/db/device/device-accounts';
import { deviceDb } from '@/db/device/device-database';
import { changeAccountPin, checkPinChange } from './change-pin';
import { MIRA, personOnDevice, PIN, resetDevice, stubServer, WRONG_PIN } from './auth-test-support';

const NEW_PIN = '730418';
const FAST = { iterations: 1000 };

async function keyringOf(userId: string) {
  const account = await readDeviceAccount(userId);
  if (!account) throw new Error(`no account ${userId}`);
  return account.keyring;
}

async function dataKeyUnder(pin: string) {
  const unwrapped = await unwrapDataKey(await keyringOf(MIRA.id), pin);
  return unwrapped.ok ? Array.from(unwrapped.dataKey) : unwrapped.reason;
}

describe('checkPinChange', () => {
  it('asks for the current PIN, applies the setup rules and refuses the same PIN', () => {
    expect(checkPinChange('', NEW_PIN, NEW_PIN)).toBe('currentMissing');
    expect(checkPinChange(PIN, '12345', '12345')).toBe('tooShort');
    expect(checkPinChange(PIN, '123456', '123456')).toBe('tooSimple');
    expect(checkPinChange(PIN, NEW_PIN, '730419')).toBe('mismatch');
    expect(checkPinChange(PIN, PIN, PIN)).toBe('unchanged');
    expect(checkPinChange(PIN, NEW_PIN, NEW_PIN)).toBeUndefined();
  });
});

describe('changeAccountPin', () => {
  beforeEach(async () => {
    await resetDevice();
    stubServer({});
    await personOnDevice(MIRA);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('re-wraps the same data key under the new PIN; the old PIN no longer opens it', async () => {
    const before = await dataKeyUnder(PIN);
    expect(before).toHaveLength(32);
    const oldKeyring = await keyringOf(MIRA.id);

    expect(await changeAccountPin(MIRA.id, PIN, NEW_PIN, FAST)).toEqual({ ok: true });

    expect(await keyringOf(MIRA.id)).not.toEqual(oldKeyring);
    expect(await dataKeyUnder(NEW_PIN)).toEqual(before);
    expect(await dataKeyUnder(PIN)).toBe('wrongPin');
  });

  it('counts a wrong current PIN on the unlock counter and keeps the keyring', async () => {
    const oldKeyring = await keyringOf(MIRA.id);
    expect(await changeAccountPin(MIRA.id, WRONG_PIN, NEW_PIN, FAST)).toEqual({
      ok: false,
      reason: 'wrongPin',
      failedAttempts: 1,
    });
    expect(await changeAccountPin(MIRA.id, WRONG_PIN, NEW_PIN, FAST)).toMatchObject({
      failedAttempts: 2,
    });
    expect(await readDeviceAccount(MIRA.id)).toMatchObject({
      failedAttempts: 2,
      keyring: oldKeyring,
    });

    // The right PIN starts the count afresh, as on the unlock screen.
    expect(await changeAccountPin(MIRA.id, PIN, NEW_PIN, FAST)).toEqual({ ok: true });
    expect((await readDeviceAccount(MIRA.id))?.failedAttempts).toBe(0);
  });

  it('deletes the account on this device at the fifth wrong PIN in a row', async () => {
    await deviceDb.accounts.update(MIRA.id, { failedAttempts: 4 });
    expect(await changeAccountPin(MIRA.id, WRONG_PIN, NEW_PIN, FAST)).toEqual({
      ok: false,
      reason: 'wiped',
    });
    expect(await readDeviceAccount(MIRA.id)).toBeUndefined();
  });

  it('refuses a new PIN the setup would refuse, without counting an attempt', async () => {
    const oldKeyring = await keyringOf(MIRA.id);
    expect(await changeAccountPin(MIRA.id, PIN, '111111', FAST)).toEqual({
      ok: false,
      reason: 'rejected',
      problem: 'tooSimple',
    });
    expect(await changeAccountPin(MIRA.id, PIN, PIN, FAST)).toMatchObject({ problem: 'unchanged' });
    expect(await readDeviceAccount(MIRA.id)).toMatchObject({
      failedAttempts: 0,
      keyring: oldKeyring,
    });
  });

  it('keeps a keyring that another tab stored while the key was being derived', async () => {
    const other = await changePin(await keyringOf(MIRA.id), PIN, '630185', FAST);
    if (!other.ok) throw new Error(other.reason);
    const elsewhere = other.keyring;
    // This tab read the old keyring; the other tab stores its own before this one finishes.
    const read = (userId: string) => deviceDb.accounts.get(userId);
    const readThenChangeElsewhere = async (userId: string) => {
      const account = await read(userId);
      await deviceDb.accounts.update(MIRA.id, { keyring: elsewhere });
      return account;
    };
    // (Dexie's `get` is overloaded; the stand-in takes the one form change-pin.ts uses.)
    const spy = vi
      .spyOn(deviceDb.accounts, 'get')
      .mockImplementationOnce(readThenChangeElsewhere as never);
    expect(await changeAccountPin(MIRA.id, PIN, NEW_PIN, FAST)).toEqual({
      ok: false,
      reason: 'changedElsewhere',
    });
    spy.mockRestore();
    expect(await keyringOf(MIRA.id)).toEqual(elsewhere);
    expect((await readDeviceAccount(MIRA.id))?.failedAttempts).toBe(0);
  });
});

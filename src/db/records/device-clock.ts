import { createHlcClock, createNodeId, type HlcClock } from '@/core/index';
import { db } from '../database';
import { readSetting, SettingKey, writeSetting } from '../local-settings';

let nodeId: Promise<string> | undefined;

/** This device's HLC node id, made once and kept in IndexedDB. */
export function deviceNodeId(): Promise<string> {
  nodeId ??= (async () => {
    const stored = await readSetting<string>(SettingKey.deviceNodeId);
    if (stored) return stored;
    const made = createNodeId();
    await writeSetting(SettingKey.deviceNodeId, made);
    return made;
  })();
  return nodeId;
}

/**
 * A clock for one write transaction, continuing from the last stamp any tab of
 * this device stored. Tabs share the node id; because transactions that touch
 * localSettings are serialised, no two tabs ever issue the same stamp, and the
 * clock stays monotonic even when the wall clock is set back.
 */
export async function transactionClock(node: string): Promise<HlcClock> {
  const last = (await db.localSettings.get(SettingKey.hlcLast))?.value;
  return createHlcClock({ node, last: typeof last === 'string' ? last : undefined });
}

export async function storeClock(hlc: HlcClock): Promise<void> {
  await db.localSettings.put({ key: SettingKey.hlcLast, value: hlc.last() });
}

/** Tests wipe the database between cases; the cached id must go with it. */
export function forgetDeviceNodeId(): void {
  nodeId = undefined;
}

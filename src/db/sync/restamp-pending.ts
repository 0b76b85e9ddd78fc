import { createHlcClock, decodeHlc, RECORD_TABLES, type RecordTable } from '@/core/index';
import { db } from '../database';
import { SettingKey } from '../local-settings';
import type { Row } from '../records/row';
import { deviceNodeId } from '../records/device-clock';

/**
 * After the server refused this device's stamps as too far ahead and the
 * person has set the clock right: the unsent changes get fresh stamps from
 * the corrected clock, in the outbox and in the rows alike, and the clock
 * restarts from now. Safe because no one else has seen the future stamps —
 * the server refused them. Without this, the changes would wait until real
 * time caught up with the wrong clock (a day, if the date was a day ahead).
 * Answers how many queued changes got new stamps.
 */
export async function restampPending(now: number = Date.now()): Promise<number> {
  const node = await deviceNodeId();
  // The clock is right now: any unsent stamp after this moment came from the wrong one.
  const limit = now;
  const isFuture = (stamp: string) => (decodeHlc(stamp)?.wallMs ?? 0) > limit;
  return db.transaction('rw', [...RECORD_TABLES, 'localOutbox', 'localSettings'], async () => {
    const entries = (await db.localOutbox.toArray()).filter(
      (e) => !e.refused && Object.values(e.stamps).some(isFuture),
    );
    if (entries.length === 0) return 0;
    const clock = createHlcClock({ node, now: () => now });
    for (const entry of entries) {
      const stamp = clock.tick();
      const replaced = new Map<string, string>();
      for (const [field, old] of Object.entries(entry.stamps))
        if (isFuture(old)) replaced.set(field, stamp);
      const stamps = { ...entry.stamps, ...Object.fromEntries(replaced) };
      await db.localOutbox.update(entry.seq, { stamps });
      const table = db.table<Row<RecordTable>, string>(entry.table);
      const row = await table.get(entry.recordId);
      if (!row) continue;
      const rowStamps = { ...row.stamps };
      for (const [field, fresh] of replaced)
        if (isFuture(rowStamps[field] ?? '')) rowStamps[field] = fresh;
      await table.update(entry.recordId, { stamps: rowStamps });
    }
    await db.localSettings.put({ key: SettingKey.hlcLast, value: clock.last() });
    return entries.length;
  });
}

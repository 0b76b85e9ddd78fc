import { z } from 'zod';
import { isHlcStamp } from '../hlc';
import { RECORD_TABLES, type RecordTable } from '../domain/record-types';

/**
 * The sync protocol, `POST /api/v1/sync` (docs/PROTOCOL.md). One request
 * pushes what the device has not yet sent and pulls everything newer than its
 * cursor that its user may see. Bump SYNC_PROTOCOL_VERSION on any change a
 * device of the previous version would misread.
 */
export const SYNC_PROTOCOL_VERSION = 1;

/** At most this many changed records per request; a device with more pushes in several requests. */
export const MAX_PUSH_CHANGES = 1000;
/** Rows per pulled page unless the device asks for fewer. */
export const DEFAULT_PULL_PAGE = 5000;
export const MAX_PULL_PAGE = 5000;

const stamp = z.string().refine(isHlcStamp, { message: 'not an HLC stamp' });
const recordId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'letters, digits, - and _ only' });
const fieldName = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z][A-Za-z0-9]*$/, { message: 'not a field name' });

export const syncTableSchema = z.enum(RECORD_TABLES as [RecordTable, ...RecordTable[]]);

/**
 * One record's changed fields. `stamp` is the stamp of every listed field
 * unless `stamps` names another one for it. `bases` holds, per field, the
 * stamp the device saw before its edit, so that the server can tell an edit
 * that knew the current value from a concurrent one.
 */
export const pushedChangeSchema = z
  .object({
    table: syncTableSchema,
    id: recordId,
    scope: recordId,
    fields: z.record(fieldName, z.unknown()),
    stamp: stamp.optional(),
    stamps: z.record(fieldName, stamp).optional(),
    bases: z.record(fieldName, stamp).optional(),
  })
  .strict()
  .superRefine((change, ctx) => {
    const names = Object.keys(change.fields);
    if (names.length === 0)
      ctx.addIssue({ code: 'custom', path: ['fields'], message: 'no fields' });
    for (const name of names)
      if (change.stamps?.[name] === undefined && change.stamp === undefined)
        ctx.addIssue({ code: 'custom', path: ['stamps', name], message: 'field has no stamp' });
  });
export type PushedChange = z.infer<typeof pushedChangeSchema>;

/**
 * A record the device asks for whole, as the server has it now: the device
 * gave up changes to it that the server refused, and so holds values the
 * server never took (with stamps newer than the server's, which merging
 * would keep).
 */
export const recordRefSchema = z.object({ table: syncTableSchema, id: recordId }).strict();
export type RecordRef = z.infer<typeof recordRefSchema>;

export const syncRequestSchema = z
  .object({
    protocol: z.literal(SYNC_PROTOCOL_VERSION),
    /** The server identity this device last synced with; null on a first sync. */
    epoch: z.string().max(64).nullable(),
    /** Opaque, from the last response; null pulls everything this user may see. */
    cursor: z.string().max(200).nullable(),
    changes: z.array(pushedChangeSchema).max(MAX_PUSH_CHANGES),
    /**
     * True while a device re-sends its whole state after the server's epoch
     * changed: such changes restore what the server lost and are never
     * counted as concurrent edits.
     */
    resend: z.boolean().optional(),
    pageSize: z.number().int().min(1).max(MAX_PULL_PAGE).optional(),
    /** Records to send back whole in `refetched` (see recordRefSchema). */
    refetch: z.array(recordRefSchema).max(MAX_PUSH_CHANGES).optional(),
  })
  .strict();
export type SyncRequest = z.infer<typeof syncRequestSchema>;

/** A pulled record: only the fields that changed since the cursor (all of them on a first pull). */
export const pulledRowSchema = z.object({
  table: syncTableSchema,
  id: z.string(),
  scope: z.string(),
  fields: z.record(z.string(), z.unknown()),
  stamp: z.string().optional(),
  stamps: z.record(z.string(), z.string()).optional(),
});
export type PulledRow = z.infer<typeof pulledRowSchema>;

export const syncResponseSchema = z.object({
  protocol: z.literal(SYNC_PROTOCOL_VERSION),
  epoch: z.string(),
  /**
   * True when the device's epoch or cursor does not match this server's
   * history (a server restored from a backup): the device must re-send its
   * whole state with `resend: true` and pull again from a null cursor.
   * The changes of this request were not looked at: they come again after the re-send.
   */
  reset: z.boolean(),
  cursor: z.string(),
  /** More rows wait beyond this page: ask again with the new cursor. */
  more: z.boolean(),
  /** Rows still to come after this page, for a progress bar; 0 when `more` is false. */
  remaining: z.number().int().min(0),
  /** How many pushed changes the server stored (changes it already had count too). */
  accepted: z.number().int().min(0),
  rows: z.array(pulledRowSchema),
  /** Case scopes this user may no longer see: the device removes them (keeping unsynced edits). */
  drop: z.array(z.string()),
  /** The server's clock, ms since 1970, so that a device can tell its own clock is wrong. */
  serverTime: z.number(),
  /**
   * Only when the request asked (`refetch`): each asked record that the server
   * has and this user may see, every field with its stamp. A record left out
   * is not on the server for this user.
   */
  refetched: z.array(pulledRowSchema).optional(),
});
export type SyncResponse = z.infer<typeof syncResponseSchema>;

/**
 * A refused push answers with the usual error shape; each of its `details`
 * names one refused change by `path` = `changes.<index>` and carries one of
 * these codes. The whole request then stored nothing.
 */
export const RefusalCode = {
  /** A field or record does not match its schema, or the table/scope do not fit together. */
  invalid: 'invalid',
  /** The case is not assigned to this user, belongs to another organisation, or does not exist. */
  notWritable: 'not_writable',
  /** A stamp lies further ahead of the server's clock than the allowed margin. */
  clockAhead: 'clock_ahead',
} as const;
export type RefusalCode = (typeof RefusalCode)[keyof typeof RefusalCode];

export function refusalPath(index: number): string {
  return `changes.${index}`;
}

export function refusedIndex(path: string): number | undefined {
  const match = /^changes\.(\d+)$/.exec(path);
  return match ? Number(match[1]) : undefined;
}

import {
  collapseOutbox,
  compactStamps,
  createHlcClock,
  expandStamps,
  isErased,
  MAX_PUSH_CHANGES,
  mergeFields,
  RECORD_TABLES,
  SYNC_PROTOCOL_VERSION,
  syncResponseSchema,
  type HlcClock,
  type PushedChange,
  type QueuedChange,
  type RecordTable,
  type SyncRequest,
  type SyncResponse,
} from '../../src/core/index';

/**
 * A device in memory, for convergence tests: what the PWA keeps in IndexedDB
 * (rows with per-field stamps, an outbox, epoch and cursor) and what its sync
 * engine does with it (src/sync/run-sync.ts, src/db/sync/apply-pulled-page.ts),
 * without the browser. It talks to the server through a `SyncTransport`, so a
 * test can route it through HTTP or call the sync service directly.
 */
export interface SimulatedRow {
  table: RecordTable;
  id: string;
  scope: string;
  fields: Record<string, unknown>;
  stamps: Record<string, string>;
}

/** One request to `POST /api/v1/sync` and the raw answer. */
export type SyncTransport = (body: SyncRequest) => Promise<{ status: number; body: unknown }>;

export interface SimulatedDeviceOptions {
  name: string;
  /** 16 hex digits; fixed by the test so that a failing schedule replays exactly. */
  node: string;
  /** The device's wall clock in ms. */
  now: () => number;
  send: SyncTransport;
  /** Told about every pulled field the device took into its rows. */
  onTaken?: (row: SimulatedRow, field: string, stamp: string) => void;
  /** Told, when the server's epoch changed, what the outbox held as the device began to re-send. */
  onReset?: (pending: readonly QueuedChange[]) => void;
}

export interface SyncOptions {
  pageSize?: number;
}

export class SyncRefusedError extends Error {
  constructor(
    readonly device: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${device}: sync answered ${status}: ${JSON.stringify(body)}`);
  }
}

export function rowKey(table: string, id: string): string {
  return `${table}/${id}`;
}

export class SimulatedDevice {
  readonly name: string;
  readonly rows = new Map<string, SimulatedRow>();
  outbox: QueuedChange[] = [];
  epoch: string | null = null;
  cursor: string | null = null;
  /** The body of the last request this device sent, for replays. */
  lastRequest: SyncRequest | undefined;
  /** The body of the last request that carried changes. */
  lastPush: SyncRequest | undefined;
  private readonly hlc: HlcClock;
  private readonly options: SimulatedDeviceOptions;

  constructor(options: SimulatedDeviceOptions) {
    this.options = options;
    this.name = options.name;
    // Like the PWA: a device whose clock is behind still moves past what it received.
    this.hlc = createHlcClock({
      node: options.node,
      now: options.now,
      maxDriftMs: Number.POSITIVE_INFINITY,
    });
  }

  /**
   * A local edit: stamps the fields with one new stamp, applies them, and
   * queues them with the stamps they replace as bases. Returns the stamp.
   */
  write(
    table: RecordTable,
    id: string,
    scope: string,
    fields: Record<string, unknown>,
  ): { stamp: string; bases: Record<string, string> } {
    const stamp = this.hlc.tick();
    const key = rowKey(table, id);
    const row = this.rows.get(key) ?? { table, id, scope, fields: {}, stamps: {} };
    const stamps: Record<string, string> = {};
    const bases: Record<string, string> = {};
    for (const [field, value] of Object.entries(fields)) {
      const base = row.stamps[field];
      if (base !== undefined) bases[field] = base;
      row.fields[field] = value;
      row.stamps[field] = stamp;
      stamps[field] = stamp;
    }
    this.rows.set(key, row);
    this.outbox.push({
      table,
      recordId: id,
      scope,
      fields: { ...fields },
      stamps,
      ...(Object.keys(bases).length ? { bases } : {}),
    });
    return { stamp, bases };
  }

  /**
   * One sync run: push the collapsed outbox, apply each pulled page, and ask
   * again while the server has more. A reset (the server's epoch changed)
   * re-sends every row with `resend: true` and pulls from the start. Any
   * answer but 200 throws: in these tests a refusal is a bug.
   */
  async sync(options: SyncOptions = {}): Promise<void> {
    let resendQueue: PushedChange[] | undefined;
    for (let round = 0; round < 1000; round++) {
      // Nothing is queued while a run goes on: the outbox only shrinks here.
      const changes = resendQueue
        ? resendQueue.slice(0, MAX_PUSH_CHANGES)
        : collapseOutbox(this.outbox);
      const answer = await this.send({
        protocol: SYNC_PROTOCOL_VERSION,
        epoch: this.epoch,
        cursor: this.cursor,
        changes,
        ...(resendQueue ? { resend: true } : {}),
        ...(options.pageSize ? { pageSize: options.pageSize } : {}),
      });
      if (answer.reset) {
        // Nothing of that request was stored: hold the outbox back, re-send every row, pull anew.
        this.options.onReset?.(this.outbox);
        this.epoch = answer.epoch;
        this.cursor = null;
        resendQueue = this.wholeRows();
        continue;
      }
      if (resendQueue) {
        resendQueue.splice(0, changes.length);
        if (resendQueue.length === 0) resendQueue = undefined;
      } else {
        this.outbox = [];
      }
      this.apply(answer);
      if (!answer.more && !resendQueue && this.outbox.length === 0) return;
    }
    throw new Error(`${this.name}: sync did not finish in 1000 rounds`);
  }

  /** Sends exactly this body again, as a device does when an answer got lost; keeps no state. */
  async replay(request: SyncRequest): Promise<SyncResponse> {
    return this.parse(await this.options.send(structuredClone(request)));
  }

  private async send(request: SyncRequest): Promise<SyncResponse> {
    this.lastRequest = structuredClone(request);
    if (request.changes.length) this.lastPush = this.lastRequest;
    return this.parse(await this.options.send(request));
  }

  private parse(answer: { status: number; body: unknown }): SyncResponse {
    if (answer.status !== 200) throw new SyncRefusedError(this.name, answer.status, answer.body);
    return syncResponseSchema.parse(answer.body);
  }

  /** Every row, whole, in table order and by id within a table (docs/PROTOCOL.md). */
  private wholeRows(): PushedChange[] {
    const order = (row: SimulatedRow) => RECORD_TABLES.indexOf(row.table);
    return [...this.rows.values()]
      .sort((a, b) => order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((row) => ({
        table: row.table,
        id: row.id,
        scope: row.scope,
        fields: row.fields,
        ...compactStamps(row.stamps),
      }));
  }

  private apply(answer: SyncResponse): void {
    let newest = '';
    for (const pulled of answer.rows) {
      const key = rowKey(pulled.table, pulled.id);
      const current = this.rows.get(key);
      const stamps = expandStamps(Object.keys(pulled.fields), pulled);
      const result = mergeFields(current, { fields: pulled.fields, stamps });
      for (const stamp of Object.values(stamps)) if (stamp > newest) newest = stamp;
      if (result.taken.length === 0) continue;
      const row: SimulatedRow = {
        table: pulled.table,
        id: pulled.id,
        scope: pulled.scope,
        fields: result.fields,
        stamps: result.stamps,
      };
      this.rows.set(key, row);
      for (const field of result.taken) this.options.onTaken?.(row, field, result.stamps[field]!);
      // An erased record takes its queued changes with it (src/db/sync/apply-pulled-page.ts).
      if (isErased(row))
        this.outbox = this.outbox.filter((e) => rowKey(e.table, e.recordId) !== key);
      // An erased case takes everything in it, also what never reached the server.
      if (isErased(row) && row.table === 'caseFiles') this.purgeErasedCase(row.id);
    }
    for (const scope of answer.drop) this.dropScope(scope);
    if (newest) this.hlc.receive(newest);
    this.epoch = answer.epoch;
    this.cursor = answer.cursor;
  }

  private purgeErasedCase(scope: string): void {
    this.outbox = this.outbox.filter((entry) => entry.scope !== scope);
    for (const [key, row] of this.rows)
      if (row.scope === scope && !isErased(row)) this.rows.delete(key);
  }

  /** A case taken from this user leaves the device, unless it holds changes not yet stored. */
  private dropScope(scope: string): void {
    if (this.outbox.some((entry) => entry.scope === scope)) return;
    for (const [key, row] of this.rows) if (row.scope === scope) this.rows.delete(key);
  }
}

import { createHash } from 'node:crypto';
import type { IncrementResponse, Options, Store } from 'express-rate-limit';
import { sql, type Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema';

/**
 * Hit counters for express-rate-limit in the server's own database, so that
 * every sync-server process behind a load balancer counts the same attempts
 * (a memory store would give an attacker one budget per process). Keys are
 * stored as SHA-256, so no e-mail address or IP address lingers in the table.
 *
 * Invariant: one row per key; `hits` counts the attempts since the window
 * began, and a window that has passed restarts at 1 in the same atomic upsert.
 */
export class DatabaseRateLimitStore implements Store {
  readonly localKeys = false;
  private windowMs = 60_000;
  private lastSweep = 0;

  constructor(
    private readonly db: Kysely<ServerDatabase>,
    readonly prefix: string,
    private readonly now: () => Date,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async increment(key: string): Promise<IncrementResponse> {
    const now = this.now();
    const nowIso = now.toISOString();
    const resetAt = new Date(now.getTime() + this.windowMs).toISOString();
    await this.sweep(now);
    const row = await this.db
      .insertInto('login_throttle')
      .values({ key: this.hash(key), hits: 1, reset_at: resetAt })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          hits: sql<number>`case when login_throttle.reset_at <= cast(${nowIso} as text) then 1 else login_throttle.hits + 1 end`,
          reset_at: sql<string>`case when login_throttle.reset_at <= cast(${nowIso} as text) then cast(${resetAt} as text) else login_throttle.reset_at end`,
        }),
      )
      .returning(['hits', 'reset_at'])
      .executeTakeFirstOrThrow();
    return { totalHits: Number(row.hits), resetTime: new Date(row.reset_at) };
  }

  async decrement(key: string): Promise<void> {
    await this.db
      .updateTable('login_throttle')
      .set((eb) => ({ hits: eb('hits', '-', 1) }))
      .where('key', '=', this.hash(key))
      .where('hits', '>', 0)
      .execute();
  }

  async resetKey(key: string): Promise<void> {
    await this.db.deleteFrom('login_throttle').where('key', '=', this.hash(key)).execute();
  }

  private hash(key: string): string {
    return createHash('sha256').update(`${this.prefix}${key}`).digest('hex');
  }

  /** Drops counters whose window has passed, at most once per window. */
  private async sweep(now: Date): Promise<void> {
    if (now.getTime() - this.lastSweep < this.windowMs) return;
    this.lastSweep = now.getTime();
    await this.db.deleteFrom('login_throttle').where('reset_at', '<=', now.toISOString()).execute();
  }
}

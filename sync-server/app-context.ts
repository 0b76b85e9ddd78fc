import type { Logger } from 'pino';
import type { HlcClock } from '../src/core/index';
import type { PasswordCost } from './auth/password';
import type { Storage } from './db/database';

/** What routes and services share: storage, a clock, and the security settings. */
export interface AppContext {
  storage: Storage;
  logger: Logger;
  /** The server's clock; tests pass their own to travel in time. */
  now: () => Date;
  passwordCost: PasswordCost;
  /** A device session ends after this many days without contact. */
  sessionDays: number;
  /** The server's HLC: it stamps conflicts, always after every stamp it has received. */
  hlc: HlcClock;
  /** Pushed stamps further ahead of the server's clock than this are refused. */
  maxClockAheadMs: number;
  /** Closed cases are erased this many days after their closing day. */
  retentionDays: number;
}

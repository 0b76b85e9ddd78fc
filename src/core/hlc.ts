/**
 * Hybrid logical clock (HLC).
 *
 * Invariant: every stamp a clock issues is strictly greater than every stamp it
 * issued or received before, even when the wall clock goes backwards. Stamps
 * are strings whose plain lexicographic order is their causal order, so the
 * merge code, IndexedDB and SQL can all compare them without decoding.
 *
 * Encoding: `<wall ms, 15 decimal digits>-<counter, 4 hex digits>-<node id>`.
 * Bump HLC_ENCODING_VERSION if that layout ever changes: stored stamps from
 * different layouts must never be compared.
 */
export const HLC_ENCODING_VERSION = 1;

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 4;
const MAX_COUNTER = 0xffff;
const NODE_PATTERN = /^[0-9a-f]{16}$/;
const STAMP_PATTERN = /^(\d{15})-([0-9a-f]{4})-([0-9a-f]{16})$/;

export interface HlcTimestamp {
  wallMs: number;
  counter: number;
  node: string;
}

export const HlcRejection = {
  malformed: 'malformed',
  clockDrift: 'clock_drift',
  counterOverflow: 'counter_overflow',
} as const;
export type HlcRejection = (typeof HlcRejection)[keyof typeof HlcRejection];

export type HlcResult = { ok: true; stamp: string } | { ok: false; reason: HlcRejection };

export function encodeHlc({ wallMs, counter, node }: HlcTimestamp): string {
  return `${String(wallMs).padStart(WALL_DIGITS, '0')}-${counter
    .toString(16)
    .padStart(COUNTER_DIGITS, '0')}-${node}`;
}

export function decodeHlc(stamp: string): HlcTimestamp | undefined {
  const match = STAMP_PATTERN.exec(stamp);
  if (!match) return undefined;
  const [, wall, counter, node] = match as unknown as [string, string, string, string];
  return { wallMs: Number(wall), counter: parseInt(counter, 16), node };
}

export function isHlcStamp(value: string): boolean {
  return STAMP_PATTERN.test(value);
}

export function isNodeId(value: string): boolean {
  return NODE_PATTERN.test(value);
}

export interface HlcClockOptions {
  node: string;
  now?: () => number;
  /** Remote stamps further ahead of our wall clock than this are refused. */
  maxDriftMs?: number;
  /** Restores the last stamp issued, e.g. after a reload, so monotonicity survives restarts. */
  last?: string;
}

export interface HlcClock {
  /** A new stamp for a local event. */
  tick(): string;
  /** Advances past a remote stamp; refuses stamps from a clock too far ahead. */
  receive(remote: string): HlcResult;
  /** The greatest stamp issued or received so far. */
  last(): string;
}

export const DEFAULT_MAX_DRIFT_MS = 5 * 60 * 1000;

export function createHlcClock(options: HlcClockOptions): HlcClock {
  if (!isNodeId(options.node)) throw new Error(`HLC node id must be 16 hex digits`);
  const now = options.now ?? Date.now;
  const maxDriftMs = options.maxDriftMs ?? DEFAULT_MAX_DRIFT_MS;
  const restored = options.last ? decodeHlc(options.last) : undefined;
  let state: HlcTimestamp = restored
    ? { ...restored, node: options.node }
    : { wallMs: 0, counter: 0, node: options.node };

  function advance(wallMs: number, counter: number): string {
    if (counter > MAX_COUNTER) throw new Error('HLC counter overflow');
    state = { wallMs, counter, node: options.node };
    return encodeHlc(state);
  }

  return {
    tick() {
      const wall = now();
      return wall > state.wallMs ? advance(wall, 0) : advance(state.wallMs, state.counter + 1);
    },
    receive(remote) {
      const theirs = decodeHlc(remote);
      if (!theirs) return { ok: false, reason: HlcRejection.malformed };
      const wall = now();
      if (theirs.wallMs - wall > maxDriftMs) return { ok: false, reason: HlcRejection.clockDrift };
      const top = Math.max(wall, state.wallMs, theirs.wallMs);
      let counter = 0;
      if (top === state.wallMs && top === theirs.wallMs)
        counter = Math.max(state.counter, theirs.counter) + 1;
      else if (top === state.wallMs) counter = state.counter + 1;
      else if (top === theirs.wallMs) counter = theirs.counter + 1;
      if (counter > MAX_COUNTER) return { ok: false, reason: HlcRejection.counterOverflow };
      return { ok: true, stamp: advance(top, counter) };
    },
    last() {
      return encodeHlc(state);
    },
  };
}

/** A fresh random node id for a device or server process. */
export function createNodeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

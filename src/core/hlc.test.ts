import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHlcClock, decodeHlc, encodeHlc, HlcRejection, isHlcStamp } from './hlc';

const NODE_A = '00000000000000aa';
const NODE_B = '00000000000000bb';

function manualClock(start: number) {
  let wall = start;
  return { now: () => wall, set: (value: number) => (wall = value) };
}

describe('hlc', () => {
  it('round-trips its encoding', () => {
    const stamp = encodeHlc({ wallMs: 1_764_000_000_000, counter: 42, node: NODE_A });
    expect(stamp).toBe('001764000000000-002a-00000000000000aa');
    expect(decodeHlc(stamp)).toEqual({ wallMs: 1_764_000_000_000, counter: 42, node: NODE_A });
    expect(isHlcStamp('nonsense')).toBe(false);
  });

  it('stays monotonic when the wall clock goes backwards', () => {
    const wall = manualClock(10_000);
    const clock = createHlcClock({ node: NODE_A, now: wall.now });
    const first = clock.tick();
    wall.set(5_000);
    const second = clock.tick();
    const third = clock.tick();
    expect(second > first).toBe(true);
    expect(third > second).toBe(true);
  });

  it('advances past a remote stamp from a clock slightly ahead', () => {
    const wall = manualClock(10_000);
    const clock = createHlcClock({ node: NODE_A, now: wall.now });
    const remote = encodeHlc({ wallMs: 60_000, counter: 3, node: NODE_B });
    const received = clock.receive(remote);
    expect(received.ok && received.stamp > remote).toBe(true);
    expect(clock.tick() > remote).toBe(true);
  });

  it('refuses a remote stamp too far in the future and stays where it was', () => {
    const wall = manualClock(10_000);
    const clock = createHlcClock({ node: NODE_A, now: wall.now, maxDriftMs: 1_000 });
    const before = clock.tick();
    const remote = encodeHlc({ wallMs: 20_000, counter: 0, node: NODE_B });
    expect(clock.receive(remote)).toEqual({ ok: false, reason: HlcRejection.clockDrift });
    expect(clock.receive('garbage')).toEqual({ ok: false, reason: HlcRejection.malformed });
    expect(clock.last()).toBe(before);
  });

  it('restores its last stamp after a restart', () => {
    const wall = manualClock(10_000);
    const first = createHlcClock({ node: NODE_A, now: wall.now });
    const issued = first.tick();
    wall.set(1_000);
    const restarted = createHlcClock({ node: NODE_A, now: wall.now, last: issued });
    expect(restarted.tick() > issued).toBe(true);
  });

  it('orders every issued and received stamp strictly (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('tick' as const), wall: fc.nat(1_000_000) }),
            fc.record({
              kind: fc.constant('receive' as const),
              wall: fc.nat(1_000_000),
              remoteWall: fc.nat(1_000_000),
              remoteCounter: fc.nat(100),
            }),
          ),
          { maxLength: 60 },
        ),
        (events) => {
          const wall = manualClock(0);
          const clock = createHlcClock({ node: NODE_A, now: wall.now, maxDriftMs: 2_000_000 });
          let previous = clock.last();
          for (const event of events) {
            wall.set(event.wall);
            let next: string;
            if (event.kind === 'tick') next = clock.tick();
            else {
              const remote = encodeHlc({
                wallMs: event.remoteWall,
                counter: event.remoteCounter,
                node: NODE_B,
              });
              const result = clock.receive(remote);
              if (!result.ok) throw new Error(result.reason);
              expect(result.stamp > remote).toBe(true);
              next = result.stamp;
            }
            expect(next > previous).toBe(true);
            previous = next;
          }
        },
      ),
    );
  });
});

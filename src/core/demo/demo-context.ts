import type { DemoIdFactory } from './demo-ids';
import { msOf } from './demo-dates';
import type { DemoRandom } from './demo-random';
import type { DemoRecord } from './demo-record';

/** What every generator step shares: randomness, ids, "today" (as a day number) and the output. */
export interface DemoContext {
  readonly random: DemoRandom;
  /** A new id whose UUIDv7 time lies on the given day, so ids sort roughly by creation. */
  readonly newId: (day: number) => string;
  readonly today: number;
  readonly managerIds: readonly string[];
  readonly records: DemoRecord[];
}

export function createDemoContext(options: {
  random: DemoRandom;
  ids: DemoIdFactory;
  today: number;
  managerIds: readonly string[];
}): DemoContext {
  let counter = 0;
  const workdayStart = 8 * 3_600_000;
  const workdayLength = 10 * 3_600_000;
  return {
    random: options.random,
    newId: (day) => options.ids(msOf(day) + workdayStart + (counter++ % workdayLength)),
    today: options.today,
    managerIds: options.managerIds,
    records: [],
  };
}

import { base, de, Faker } from '@faker-js/faker';

/**
 * The one source of randomness for demo data: a seeded faker instance (German
 * locale for German names) plus the few helpers the generators need. Every
 * draw goes through it in a fixed order, so a seed always yields the same data.
 */
export interface DemoRandom {
  readonly faker: Faker;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; `items` are `[value, weight]` pairs. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

export function createDemoRandom(seed: number): DemoRandom {
  const faker = new Faker({ locale: [de, base], seed });
  const next = () => Math.min(faker.number.float({ min: 0, max: 1 }), 0.999_999_999);
  const int = (min: number, max: number) =>
    max <= min ? min : min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)]!;
  };
  return {
    faker,
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of items) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return pick(items)[0];
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const pool = [...items];
      const result: T[] = [];
      while (result.length < count && pool.length > 0) {
        result.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
      }
      return result;
    },
  };
}

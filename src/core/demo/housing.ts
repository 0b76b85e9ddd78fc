import type { ACCOMMODATION_TYPES } from '../domain/client';
import type { DemoRandom } from './demo-random';

export interface Housing {
  accommodationType: (typeof ACCOMMODATION_TYPES)[number];
  /** Day number since when the household has a flat of its own, if it has one. */
  ownFlatSince: number | undefined;
}

/** Where a person or household lives; a flat of one's own becomes likelier with the years. */
export function generateHousing(random: DemoRandom, arrivalDay: number, today: number): Housing {
  const years = Math.max(0, (today - arrivalDay) / 365);
  if (random.chance(Math.min(0.5, 0.04 + years * 0.05))) {
    return {
      accommodationType: 'private',
      ownFlatSince: random.int(Math.min(arrivalDay + 180, today), today),
    };
  }
  const accommodationType =
    years < 1
      ? random.weighted([
          ['shared', 6],
          ['followUp', 3],
          ['private', 1],
        ] as const)
      : random.weighted([
          ['followUp', 8],
          ['shared', 1],
          ['private', 1],
        ] as const);
  return { accommodationType, ownFlatSince: undefined };
}

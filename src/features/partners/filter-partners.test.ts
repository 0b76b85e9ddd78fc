import { describe, expect, it } from 'vitest';
import { filterPartners } from './filter-partners';

const partners = [
  { name: 'Jugendmigrationsdienst Lindenbrunn', type: 'youthMigrationService' as const },
  { name: 'Schuldnerberatung Rebenhalden', type: 'counselling' as const },
  { name: 'Sprachschule Brückenwort', type: 'languageCourse' as const },
];

describe('filterPartners', () => {
  it('matches every word of the query anywhere in the name, ignoring case and accents', () => {
    expect(filterPartners(partners, 'brucken', '')).toEqual([partners[2]]);
    expect(filterPartners(partners, 'LINDEN jugend', '')).toEqual([partners[0]]);
    expect(filterPartners(partners, '  ', '')).toEqual(partners);
  });

  it('narrows to one kind of partner', () => {
    expect(filterPartners(partners, '', 'counselling')).toEqual([partners[1]]);
    expect(filterPartners(partners, 'sprach', 'counselling')).toEqual([]);
  });
});

import type { DemoRandom } from './demo-random';

/** Fictional towns of a fictional district; postal codes look like Baden-Württemberg's (7xxxx). */
export const TOWNS = [
  { name: 'Neckarau-Süd', postalCodes: ['71934', '71935'] },
  { name: 'Lindenbrunn', postalCodes: ['72418'] },
  { name: 'Wiesenfeld an der Enz', postalCodes: ['75391'] },
  { name: 'Hohenmoos', postalCodes: ['73567'] },
  { name: 'Rebenhalden', postalCodes: ['74263', '74264'] },
  { name: 'Mooswangen', postalCodes: ['78549'] },
  { name: 'Eichenfurt', postalCodes: ['76891'] },
  { name: 'Kleinweilersbach', postalCodes: ['77846'] },
] as const;

const STREETS = [
  'Lindenweg',
  'Am Mühlbach',
  'Kastanienallee',
  'Rebhangstraße',
  'Schulgasse',
  'Bahnhofstraße',
  'Im Wiesengrund',
  'Talblick',
  'Kelterweg',
  'Brunnenstraße',
  'Hofackerstraße',
  'Am Sonnenrain',
  'Ulmenring',
  'Gartenstraße',
  'Steinbruchweg',
];

export interface Address {
  street: string;
  postalCode: string;
  city: string;
}

export function randomAddress(random: DemoRandom): Address {
  const town = random.pick(TOWNS);
  return {
    street: `${random.pick(STREETS)} ${random.int(1, 60)}${random.chance(0.1) ? 'a' : ''}`,
    postalCode: random.pick(town.postalCodes),
    city: town.name,
  };
}

/**
 * Only numbers the Bundesnetzagentur keeps free for media productions
 * ("drama numbers", Amtsblatt 7/2021), so no real line is ever shown.
 */
const DRAMA_NUMBER_BLOCKS = [
  '+49 30 23125',
  '+49 69 90009',
  '+49 40 66969',
  '+49 221 4710',
  '+49 89 99998',
];

export function dramaPhoneNumber(random: DemoRandom): string {
  return `${random.pick(DRAMA_NUMBER_BLOCKS)} ${String(random.int(0, 999)).padStart(3, '0')}`;
}

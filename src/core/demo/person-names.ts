import type { DemoRandom } from './demo-random';
import { GERMAN_UMLAUT_LAST_NAMES, NAME_LISTS } from './name-lists';
import type { Origin } from './origins';

export type Sex = 'male' | 'female';

export function firstNameFor(random: DemoRandom, origin: Origin, sex: Sex): string {
  return random.pick(NAME_LISTS[origin.key][sex]);
}

/** Some Ukrainians are of German descent and carry German surnames (Müller, Schäfer …). */
export function lastNameFor(random: DemoRandom, origin: Origin): string {
  if (origin.key === 'ukraine' && random.chance(0.1)) return germanLastName(random);
  return random.pick(NAME_LISTS[origin.key].last);
}

/** A synthetic German name from the faker `de` locale, now and then one with an umlaut. */
export function germanFullName(random: DemoRandom): string {
  const sex: Sex = random.chance(0.5) ? 'female' : 'male';
  return `${random.faker.person.firstName(sex)} ${germanLastName(random)}`;
}

function germanLastName(random: DemoRandom): string {
  return random.chance(0.4)
    ? random.pick(GERMAN_UMLAUT_LAST_NAMES)
    : random.faker.person.lastName();
}

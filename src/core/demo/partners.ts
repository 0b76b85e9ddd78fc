import { ORG_SCOPE } from '../sync/synced-row';
import type { PartnerType } from './area-profiles';
import type { DemoContext } from './demo-context';
import { demoRecord } from './demo-record';
import { germanFullName } from './person-names';
import { dramaPhoneNumber, randomAddress } from './places';

/** Synthetic partner organisations in the fictional towns of ./places. */
const PARTNERS: readonly (readonly [PartnerType, string])[] = [
  ['jobcenter', 'Jobcenter Neckarau-Süd'],
  ['jobcenter', 'Jobcenter Landkreis Rebenhalden'],
  ['jobcenter', 'Jobcenter Mooswangen'],
  ['employmentAgency', 'Agentur für Arbeit Lindenbrunn'],
  ['employmentAgency', 'Agentur für Arbeit Eichenfurt – Berufsberatung'],
  ['adultMigrationCounselling', 'Migrationsberatung für Erwachsene Neckarau-Süd'],
  ['adultMigrationCounselling', 'MBE im Bürgerhaus Hohenmoos'],
  ['adultMigrationCounselling', 'Migrationsberatung für Erwachsene Wiesenfeld'],
  ['adultMigrationCounselling', 'MBE Kleinweilersbach'],
  ['youthMigrationService', 'Jugendmigrationsdienst Lindenbrunn'],
  ['youthMigrationService', 'Jugendmigrationsdienst Rebenhalden'],
  ['youthMigrationService', 'Jugendmigrationsdienst Mooswangen'],
  ['refugeeSocialWork', 'Flüchtlingssozialarbeit Landkreis Rebenhalden'],
  ['refugeeSocialWork', 'Flüchtlingssozialarbeit Unterkunft Talblick'],
  ['refugeeSocialWork', 'Flüchtlingssozialarbeit Eichenfurt'],
  ['refugeeSocialWork', 'Sozialdienst Anschlussunterbringung Hohenmoos'],
  ['languageCourse', 'Volkshochschule Neckarau-Süd'],
  ['languageCourse', 'Volkshochschule Lindenbrunn'],
  ['languageCourse', 'Sprachschule Lingua Nova Mooswangen'],
  ['languageCourse', 'Sprachinstitut Brückenwort Eichenfurt'],
  ['languageCourse', 'Bildungswerk Kleinweilersbach – Integrationskurse'],
  ['languageCourse', 'Deutschtreff Wiesenfeld (ehrenamtlich)'],
  ['languageCourse', 'Berufssprachkurse Hohenmoos'],
  ['counselling', 'Psychosoziale Beratungsstelle Lichtblick Lindenbrunn'],
  ['counselling', 'Schuldnerberatung Landkreis Rebenhalden'],
  ['counselling', 'Frauen- und Familienberatung Mooswangen'],
  ['counselling', 'Anerkennungsberatung Neckarau-Süd'],
  ['counselling', 'Beratung für Menschen mit Behinderung Eichenfurt'],
  ['other', 'TSV Eichenfurt 1898 – Sport für alle'],
  ['other', 'Stadtteiltreff Kastanienallee Neckarau-Süd'],
];

const NOTES = [
  'Offene Sprechstunde dienstags 9–12 Uhr.',
  'Termine nur nach Vereinbarung, Wartezeit etwa drei Wochen.',
  'Sprachmittlung auf Anfrage möglich.',
  'Bitte Einwilligung zur Datenweitergabe vorab mitschicken.',
];
const PARTNER_LANGUAGES = ['en', 'ar', 'fa', 'uk', 'ru', 'tr'];

/** Partner ids by type, so that steps and referrals can pick a fitting partner. */
export type PartnersByType = ReadonlyMap<PartnerType, readonly string[]>;

export function generatePartners(context: DemoContext): PartnersByType {
  const { random } = context;
  const byType = new Map<PartnerType, string[]>();
  for (const [type, name] of PARTNERS) {
    const id = context.newId(context.today - random.int(400, 900));
    const address = randomAddress(random);
    context.records.push(
      demoRecord('partners', id, ORG_SCOPE, {
        name,
        type,
        contactPerson: germanFullName(random),
        phone: dramaPhoneNumber(random),
        email: `info@${slug(name)}.example`,
        address: `${address.street}, ${address.postalCode} ${address.city}`,
        languages: ['de', ...random.sample(PARTNER_LANGUAGES, random.int(0, 2))],
        note: random.chance(0.5) ? random.pick(NOTES) : undefined,
      }),
    );
    byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  return byType;
}

/** A partner of one of the given types; any partner if none of them exists. */
export function partnerFor(
  context: DemoContext,
  partners: PartnersByType,
  types: readonly PartnerType[],
): string {
  const fitting = types.flatMap((type) => partners.get(type) ?? []);
  return context.random.pick(fitting.length > 0 ? fitting : [...partners.values()].flat());
}

function slug(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss');
  return ascii
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
}

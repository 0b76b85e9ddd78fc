import type { BarrierKey } from '../domain/barrier';
import type { PARTNER_TYPES } from '../domain/partner';

export type PartnerType = (typeof PARTNER_TYPES)[number];

/**
 * How demo plans use each life area (keys of DEFAULT_LIFE_AREAS): how often
 * goals fall into it, which barriers are typical, which partners take over
 * steps and referrals, and the steps (Maßnahmen) a plan lists under it.
 */
export interface AreaProfile {
  key: string;
  weight: number;
  barriers: readonly BarrierKey[];
  partnerTypes: readonly PartnerType[];
  steps: readonly string[];
}

export const AREA_PROFILES: readonly AreaProfile[] = [
  {
    key: 'language',
    weight: 10,
    barriers: ['childcare', 'literacy', 'health', 'mobility'],
    partnerTypes: ['languageCourse'],
    steps: [
      'Beim Kursträger anmelden',
      'Einstufungstest machen',
      'Antrag auf Kostenbefreiung beim BAMF stellen',
      'Kinderbetreuung für die Kurszeiten organisieren',
      'Lerngruppe im Stadtteiltreff besuchen',
    ],
  },
  {
    key: 'work',
    weight: 9,
    barriers: ['qualificationNotRecognised', 'language', 'childcare', 'mobility', 'discrimination'],
    partnerTypes: ['jobcenter', 'employmentAgency', 'counselling'],
    steps: [
      'Lebenslauf erstellen',
      'Termin bei der Arbeitsvermittlung wahrnehmen',
      'Zeugnisse übersetzen und beglaubigen lassen',
      'Antrag bei der Anerkennungsstelle stellen',
      'Praktikum in einem Betrieb vereinbaren',
      'Bewerbungstraining besuchen',
    ],
  },
  {
    key: 'housing',
    weight: 7,
    barriers: ['housingMarket', 'discrimination', 'debts'],
    partnerTypes: ['refugeeSocialWork'],
    steps: [
      'Wohnungsanzeigen wöchentlich durchsehen',
      'Mietschuldenfreiheitsbescheinigung anfordern',
      'WBS-Antrag bei der Stadt abgeben',
      'Zur Wohnungsbesichtigung begleiten',
      'Mietübernahme mit dem Jobcenter klären',
    ],
  },
  {
    key: 'education',
    weight: 4,
    barriers: ['qualificationNotRecognised', 'language', 'literacy'],
    partnerTypes: ['youthMigrationService', 'languageCourse'],
    steps: [
      'Beratungstermin beim Jugendmigrationsdienst vereinbaren',
      'Schulzeugnisse zur Bewertung einreichen',
      'Anmeldung zum Vorbereitungskurs',
    ],
  },
  {
    key: 'health',
    weight: 4,
    barriers: ['health', 'psychologicalStrain', 'language'],
    partnerTypes: ['counselling'],
    steps: [
      'Hausarztpraxis suchen und Termin vereinbaren',
      'Sprachmittlung für den Arzttermin organisieren',
      'Erstgespräch in der Beratungsstelle wahrnehmen',
    ],
  },
  {
    key: 'participation',
    weight: 4,
    barriers: ['language', 'mobility', 'discrimination'],
    partnerTypes: ['other'],
    steps: ['Probetraining im Verein besuchen', 'Stadtteiltreff gemeinsam kennenlernen'],
  },
  {
    key: 'family',
    weight: 4,
    barriers: ['childcare', 'residenceUncertain', 'psychologicalStrain'],
    partnerTypes: ['adultMigrationCounselling', 'counselling'],
    steps: [
      'Kita-Anmeldung im Online-Portal der Stadt',
      'Unterlagen für den Familiennachzug zusammenstellen',
      'Termin bei der Botschaft vorbereiten',
    ],
  },
  {
    key: 'money',
    weight: 2,
    barriers: ['debts'],
    partnerTypes: ['counselling'],
    steps: ['Alle Mahnungen sammeln und sortieren', 'Termin bei der Schuldnerberatung wahrnehmen'],
  },
  {
    key: 'residence',
    weight: 3,
    barriers: ['residenceUncertain'],
    partnerTypes: ['adultMigrationCounselling', 'refugeeSocialWork'],
    steps: [
      'Nachweise für die Ausländerbehörde zusammenstellen',
      'Termin bei der Ausländerbehörde buchen',
      'Rechtsberatung zum Aufenthalt vermitteln',
    ],
  },
  {
    key: 'religion',
    weight: 1,
    barriers: ['discrimination'],
    partnerTypes: ['other'],
    steps: ['Termin des Begegnungsabends weitergeben'],
  },
];

export const AREA_WEIGHTS = AREA_PROFILES.map((area) => [area, area.weight] as const);

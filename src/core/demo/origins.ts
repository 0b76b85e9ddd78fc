import type { RESIDENCE_STATUSES } from '../domain/client';
import type { NAME_LISTS } from './name-lists';

type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];
type Weighted<T> = readonly (readonly [T, number])[];

/** A main country of origin of clients in Baden-Württemberg, with what tends to go with it. */
export interface Origin {
  key: keyof typeof NAME_LISTS;
  /** As written in a German file (adjective form). */
  nationality: string;
  /** Earliest plausible arrival for this group, `YYYY-MM-DD`. */
  arrivalFrom: string;
  /** Languages spoken; the first of a set is the preferred one. */
  languageSets: Weighted<readonly string[]>;
  residenceStatuses: Weighted<ResidenceStatus>;
  religions: readonly string[];
}

export const ORIGINS: Weighted<Origin> = [
  [
    {
      key: 'ukraine',
      nationality: 'ukrainisch',
      arrivalFrom: '2022-03-01',
      languageSets: [
        [['uk', 'ru'], 6],
        [['ru', 'uk'], 3],
        [['uk', 'ru', 'en'], 2],
      ],
      residenceStatuses: [
        ['temporaryProtection', 12],
        ['other', 1],
      ],
      religions: ['christlich-orthodox', 'griechisch-katholisch'],
    },
    30,
  ],
  [
    {
      key: 'syria',
      nationality: 'syrisch',
      arrivalFrom: '2015-01-01',
      languageSets: [
        [['ar'], 6],
        [['ar', 'en'], 2],
        [['ku', 'ar'], 2],
      ],
      residenceStatuses: [
        ['refugeeRecognised', 5],
        ['subsidiaryProtection', 4],
        ['settlementPermit', 2],
        ['citizen', 1],
      ],
      religions: ['muslimisch', 'christlich', 'jesidisch'],
    },
    25,
  ],
  [
    {
      key: 'afghanistan',
      nationality: 'afghanisch',
      arrivalFrom: '2015-01-01',
      languageSets: [
        [['fa'], 5],
        [['ps', 'fa'], 3],
        [['fa', 'en'], 1],
      ],
      residenceStatuses: [
        ['asylumProcedure', 3],
        ['deportationBan', 3],
        ['refugeeRecognised', 3],
        ['toleratedStay', 2],
        ['subsidiaryProtection', 1],
      ],
      religions: ['muslimisch'],
    },
    18,
  ],
  [
    {
      key: 'turkey',
      nationality: 'türkisch',
      arrivalFrom: '2019-01-01',
      languageSets: [
        [['tr'], 5],
        [['ku', 'tr'], 3],
        [['tr', 'en'], 1],
      ],
      residenceStatuses: [
        ['asylumProcedure', 4],
        ['refugeeRecognised', 2],
        ['toleratedStay', 1],
      ],
      religions: ['muslimisch', 'alevitisch'],
    },
    10,
  ],
  [
    {
      key: 'iraq',
      nationality: 'irakisch',
      arrivalFrom: '2015-01-01',
      languageSets: [
        [['ar'], 4],
        [['ku', 'ar'], 4],
      ],
      residenceStatuses: [
        ['subsidiaryProtection', 3],
        ['toleratedStay', 2],
        ['refugeeRecognised', 2],
        ['asylumProcedure', 1],
      ],
      religions: ['muslimisch', 'jesidisch', 'christlich'],
    },
    9,
  ],
  [
    {
      key: 'eritrea',
      nationality: 'eritreisch',
      arrivalFrom: '2015-01-01',
      languageSets: [
        [['ti'], 5],
        [['ti', 'ar'], 1],
        [['ti', 'en'], 1],
      ],
      residenceStatuses: [
        ['refugeeRecognised', 4],
        ['subsidiaryProtection', 3],
        ['settlementPermit', 1],
      ],
      religions: ['christlich-orthodox', 'muslimisch'],
    },
    8,
  ],
];

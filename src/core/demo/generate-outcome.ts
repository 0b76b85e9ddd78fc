import type { RecordFields } from '../domain/record-types';
import { isoOf } from './demo-dates';
import type { DemoRandom } from './demo-random';

type OutcomeFields = RecordFields<'indicators'>;

/**
 * What a client has reached. Chances grow with the years since arrival, so
 * that recent arrivals rarely meet the *eigenständiges Leben* indicator and
 * long-settled clients often do; over the whole data set about a quarter to
 * a third meet two of its three criteria.
 */
export function generateOutcome(
  random: DemoRandom,
  person: {
    clientId: string;
    caseId: string;
    arrivalDay: number;
    today: number;
    young: boolean;
    ownFlatSince: number | undefined;
  },
): OutcomeFields {
  const { today, arrivalDay } = person;
  const years = Math.max(0, (today - arrivalDay) / 365);
  const after = (minDays: number) => random.int(Math.min(arrivalDay + minDays, today), today);
  const outcome: OutcomeFields = {
    clientId: person.clientId,
    caseId: person.caseId,
    germanCertificate: false,
    ownFlatSince: person.ownFlatSince === undefined ? undefined : isoOf(person.ownFlatSince),
  };

  const languageScore = years * 0.07 + random.next() * 0.6 + (person.young ? 0.08 : 0);
  outcome.germanLevel =
    languageScore < 0.22
      ? undefined
      : languageScore < 0.4
        ? 'A1'
        : languageScore < 0.67
          ? 'A2'
          : languageScore < 0.85
            ? 'B1'
            : languageScore < 0.97
              ? 'B2'
              : 'C1';
  if (outcome.germanLevel) {
    outcome.germanCertificate = outcome.germanLevel !== 'A1' && random.chance(0.6);
    outcome.germanLevelDate = isoOf(after(180));
  }

  if (random.chance(Math.min(0.5, 0.06 + years * 0.06))) {
    const since = after(240);
    outcome.occupationSince = isoOf(since);
    outcome.occupationType = person.young
      ? random.weighted([
          ['vocationalTraining', 5],
          ['work', 3],
          ['studies', 2],
        ] as const)
      : random.weighted([
          ['work', 8],
          ['vocationalTraining', 2],
          ['studies', 1],
        ] as const);
    if (outcome.occupationType === 'vocationalTraining') {
      outcome.occupationUntil = isoOf(since + random.int(730, 1095));
    } else if (outcome.occupationType === 'work') {
      Object.assign(outcome, workDetails(random, since));
    }
  }

  if (random.chance(0.6)) {
    outcome.healthSituation = random.weighted([
      ['stable', 7],
      ['limited', 2],
      ['severe', 1],
    ] as const);
  }
  return outcome;
}

function workDetails(random: DemoRandom, since: number): Partial<OutcomeFields> {
  const contractType = random.weighted([
    ['permanent', 4],
    ['fixedTerm', 3],
    ['miniJob', 2],
    ['selfEmployed', 0.5],
    ['other', 0.5],
  ] as const);
  return {
    contractType,
    weeklyHours: contractType === 'miniJob' ? random.int(4, 12) : random.int(4, 8) * 5,
    occupationUntil: contractType === 'fixedTerm' ? isoOf(since + random.int(180, 730)) : undefined,
    jobFit: random.weighted([
      ['matchesQualification', 3],
      ['partly', 3],
      ['belowQualification', 4],
    ] as const),
  };
}

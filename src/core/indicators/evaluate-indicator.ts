/**
 * Invariant: the result depends only on (definition, outcome, today) — no
 * clock, no storage, no branch on a definition's key. A criterion holds only
 * for facts already true on `today`: a dated fact counts from its date on,
 * never before; an occupation needs a start date and counts until and
 * including its end date; a flat needs its move-in date; a German level with
 * no date is taken as the current level; a missing fact never counts. The
 * indicator is met iff at least `rule.count` criteria hold.
 *
 * Dates are `YYYY-MM-DD`, so comparing them as strings compares them as days.
 */
import type { Label } from '../domain/life-area';
import type { GermanLevel, OutcomeFields } from '../domain/outcome';
import { GERMAN_LEVELS } from '../domain/outcome';
import type { Criterion, CriterionKind, IndicatorDefinitionFields } from './indicator-definition';

export interface CriterionResult {
  key: string;
  met: boolean;
  label: Label;
}

export interface IndicatorResult {
  met: boolean;
  metCount: number;
  required: number;
  criteria: CriterionResult[];
}

type CriterionCheck<K extends CriterionKind> = (
  criterion: Extract<Criterion, { kind: K }>,
  outcome: OutcomeFields,
  today: string,
) => boolean;

const hasStartedBy = (date: string | undefined, today: string) => !!date && date <= today;

const levelRank = (level: GermanLevel) => GERMAN_LEVELS.indexOf(level);

/** One check per criterion kind; a new kind fails to compile until it has one. */
const CHECKS: { [K in CriterionKind]: CriterionCheck<K> } = {
  germanLevelAtLeast: (criterion, outcome, today) =>
    outcome.germanLevel !== undefined &&
    levelRank(outcome.germanLevel) >= levelRank(criterion.level) &&
    (!criterion.requireCertificate || outcome.germanCertificate === true) &&
    (outcome.germanLevelDate === undefined || outcome.germanLevelDate <= today),
  occupationActive: (criterion, outcome, today) =>
    outcome.occupationType !== undefined &&
    criterion.types.includes(outcome.occupationType) &&
    hasStartedBy(outcome.occupationSince, today) &&
    (outcome.occupationUntil === undefined || outcome.occupationUntil >= today),
  ownFlat: (_criterion, outcome, today) => hasStartedBy(outcome.ownFlatSince, today),
  healthSituationIn: (criterion, outcome) =>
    outcome.healthSituation !== undefined && criterion.values.includes(outcome.healthSituation),
  jobFitIn: (criterion, outcome) =>
    outcome.jobFit !== undefined && criterion.values.includes(outcome.jobFit),
};

/** `CHECKS[criterion.kind]` is the check for exactly this criterion's kind. */
function checkCriterion(criterion: Criterion, outcome: OutcomeFields, today: string): boolean {
  const check = CHECKS[criterion.kind] as (c: Criterion, o: OutcomeFields, t: string) => boolean;
  return check(criterion, outcome, today);
}

export function evaluateIndicator(
  definition: IndicatorDefinitionFields,
  outcome: OutcomeFields | undefined,
  today: string,
): IndicatorResult {
  const criteria = definition.rule.of.map((criterion) => ({
    key: criterion.key,
    met: outcome !== undefined && checkCriterion(criterion, outcome, today),
    label: criterion.label,
  }));
  const metCount = criteria.filter((c) => c.met).length;
  const required = definition.rule.count;
  return { met: metCount >= required, metCount, required, criteria };
}

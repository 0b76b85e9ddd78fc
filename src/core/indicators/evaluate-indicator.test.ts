import { describe, expect, it } from 'vitest';
import type { OutcomeInput } from '../domain/outcome';
import { outcomeFieldsSchema } from '../domain/outcome';
import { evaluateIndicator } from './evaluate-indicator';
import type { IndicatorDefinitionInput } from './indicator-definition';
import {
  DEFAULT_INDICATOR_DEFINITIONS,
  indicatorDefinitionFieldsSchema,
} from './indicator-definition';

const TODAY = '2025-06-15';
const YESTERDAY = '2025-06-14';
const TOMORROW = '2025-06-16';
const independentLiving = indicatorDefinitionFieldsSchema.parse(DEFAULT_INDICATOR_DEFINITIONS[0]);

const outcome = (fields: Partial<OutcomeInput> = {}) =>
  outcomeFieldsSchema.parse({ clientId: 'client-1', caseId: 'case-1', ...fields });

const german = (level: OutcomeInput['germanLevel'], date = '2024-01-10') => ({
  germanLevel: level,
  germanLevelDate: date,
});
const job = (since = '2024-03-01', until?: string) => ({
  occupationType: 'work' as const,
  occupationSince: since,
  occupationUntil: until,
});
const flat = (since = '2023-09-01') => ({ ownFlatSince: since });

const evaluate = (fields: Partial<OutcomeInput>, definition = independentLiving) =>
  evaluateIndicator(definition, outcome(fields), TODAY);
const metKeys = (fields: Partial<OutcomeInput>, definition = independentLiving) =>
  evaluate(fields, definition)
    .criteria.filter((c) => c.met)
    .map((c) => c.key);

const definition = (of: IndicatorDefinitionInput['rule']['of'], count: number) =>
  indicatorDefinitionFieldsSchema.parse({
    key: 'custom',
    label: { de: 'Eigene Definition' },
    rule: { kind: 'atLeast', count, of },
  });
const defaultCriteria = independentLiving.rule.of;

describe('evaluateIndicator with the default "independent living" definition', () => {
  it('is met when exactly two of three hold', () => {
    const result = evaluate({ ...german('B1'), ...flat() });
    expect(result).toMatchObject({ met: true, metCount: 2, required: 2 });
    expect(result.criteria.map((c) => [c.key, c.met])).toEqual([
      ['german', true],
      ['occupation', false],
      ['ownFlat', true],
    ]);
    expect(result.criteria[0]?.label.de).toBe('Deutsch mindestens B1');
  });

  it('is not met when only one holds', () => {
    expect(evaluate({ ...job() })).toMatchObject({ met: false, metCount: 1 });
  });

  it('is met when all three hold', () => {
    expect(evaluate({ ...german('C2'), ...job(), ...flat() })).toMatchObject({ metCount: 3 });
  });

  it('is not met, with nothing counted, when there is no outcome record', () => {
    const result = evaluateIndicator(independentLiving, undefined, TODAY);
    expect(result).toMatchObject({ met: false, metCount: 0, required: 2 });
    expect(result.criteria.every((c) => !c.met)).toBe(true);
    expect(result.criteria).toHaveLength(3);
  });

  it('counts German from B1 up, not A2', () => {
    expect(metKeys(german('A2'))).toEqual([]);
    expect(metKeys(german('B1'))).toEqual(['german']);
    expect(metKeys(german('C1'))).toEqual(['german']);
  });

  it('does not count a German level dated in the future; counts it on its date', () => {
    expect(metKeys(german('B1', TOMORROW))).toEqual([]);
    expect(metKeys(german('B1', TODAY))).toEqual(['german']);
  });

  it('takes an undated German level as the current one', () => {
    expect(metKeys({ germanLevel: 'B2' })).toEqual(['german']);
  });

  it('does not count an ended job', () => {
    expect(metKeys(job('2024-03-01', YESTERDAY))).toEqual([]);
  });

  it('still counts a job that ends today', () => {
    expect(metKeys(job('2024-03-01', TODAY))).toEqual(['occupation']);
  });

  it('does not count a job starting tomorrow, counts one starting today', () => {
    expect(metKeys(job(TOMORROW))).toEqual([]);
    expect(metKeys(job(TODAY))).toEqual(['occupation']);
  });

  it('does not count an occupation without a start date', () => {
    expect(metKeys({ occupationType: 'studies' })).toEqual([]);
  });

  it('counts vocational training and studies as occupation', () => {
    expect(metKeys({ ...job(), occupationType: 'vocationalTraining' })).toEqual(['occupation']);
    expect(metKeys({ ...job(), occupationType: 'studies' })).toEqual(['occupation']);
  });

  it('does not count an own flat from tomorrow, counts one from today', () => {
    expect(metKeys(flat(TOMORROW))).toEqual([]);
    expect(metKeys(flat(TODAY))).toEqual(['ownFlat']);
  });
});

describe('evaluateIndicator with a definition from data', () => {
  it('requiring three of three changes the result', () => {
    const strict = definition(defaultCriteria, 3);
    const fields = { ...german('B1'), ...flat() };
    expect(evaluate(fields).met).toBe(true);
    expect(evaluate(fields, strict)).toMatchObject({ met: false, metCount: 2, required: 3 });
  });

  it('requiring B2 with a certificate changes the result', () => {
    const b2Certified = definition(
      [
        {
          kind: 'germanLevelAtLeast',
          key: 'german',
          label: { de: 'Deutsch B2 mit Zertifikat' },
          level: 'B2',
          requireCertificate: true,
        },
        ...defaultCriteria.slice(1),
      ],
      2,
    );
    const fields = { ...german('B2'), ...job() };
    expect(evaluate(fields).met).toBe(true);
    expect(evaluate(fields, b2Certified)).toMatchObject({ met: false, metCount: 1 });
    expect(evaluate({ ...fields, germanCertificate: true }, b2Certified).met).toBe(true);
    expect(evaluate({ ...german('B1'), germanCertificate: true }, b2Certified).metCount).toBe(0);
  });

  it('evaluates the soft factors health and job fit', () => {
    const soft = definition(
      [
        { kind: 'healthSituationIn', key: 'health', label: { de: 'G' }, values: ['stable'] },
        { kind: 'jobFitIn', key: 'fit', label: { de: 'P' }, values: ['matchesQualification'] },
      ],
      1,
    );
    expect(metKeys({ healthSituation: 'stable', jobFit: 'partly' }, soft)).toEqual(['health']);
    expect(metKeys({ jobFit: 'matchesQualification' }, soft)).toEqual(['fit']);
    expect(metKeys({ healthSituation: 'limited' }, soft)).toEqual([]);
  });
});

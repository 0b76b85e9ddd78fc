import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INDICATOR_DEFINITIONS,
  indicatorDefinitionFieldsSchema,
} from './indicator-definition';

const independentLiving = indicatorDefinitionFieldsSchema.parse(DEFAULT_INDICATOR_DEFINITIONS[0]);
const defaultCriteria = independentLiving.rule.of;

describe('indicatorDefinitionFieldsSchema', () => {
  it('accepts the default definitions', () => {
    for (const d of DEFAULT_INDICATOR_DEFINITIONS)
      expect(indicatorDefinitionFieldsSchema.parse(d)).toEqual(d);
  });

  it('refuses a rule whose count exceeds its number of criteria', () => {
    const result = indicatorDefinitionFieldsSchema.safeParse({
      ...independentLiving,
      rule: { ...independentLiving.rule, count: 4 },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['rule', 'count'],
      params: { key: 'countExceedsCriteria', maximum: 3 },
    });
  });

  it('refuses an unknown criterion kind', () => {
    const of = [...defaultCriteria, { kind: 'hasCar', key: 'car', label: { de: 'Auto' } }];
    const result = indicatorDefinitionFieldsSchema.safeParse({
      ...independentLiving,
      rule: { ...independentLiving.rule, of },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['rule', 'of', 3, 'kind']);
  });

  it('refuses two criteria with the same key', () => {
    const of = [...defaultCriteria, ...defaultCriteria.slice(2)];
    expect(
      indicatorDefinitionFieldsSchema.safeParse({
        ...independentLiving,
        rule: { ...independentLiving.rule, of },
      }).success,
    ).toBe(false);
  });
});

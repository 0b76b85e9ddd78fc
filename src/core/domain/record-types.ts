import type { z } from 'zod';
import { caseFileFieldsSchema } from './case-file';
import { clientFieldsSchema, householdFieldsSchema } from './client';
import { conflictFieldsSchema } from './conflict';
import { contactFieldsSchema } from './contact';
import { groupOfferFieldsSchema } from './group-offer';
import { lifeAreaFieldsSchema } from './life-area';
import { outcomeFieldsSchema } from './outcome';
import { partnerFieldsSchema, referralFieldsSchema } from './partner';
import {
  goalFieldsSchema,
  planFieldsSchema,
  planVersionFieldsSchema,
  reviewFieldsSchema,
  stepFieldsSchema,
} from './plan';
import { indicatorDefinitionFieldsSchema } from '../indicators/indicator-definition';

/**
 * Every synced record type: its table name and the schema of its fields.
 * The device validates with these before it stores, the server before it merges.
 */
export const RECORD_SCHEMAS = {
  clients: clientFieldsSchema,
  households: householdFieldsSchema,
  caseFiles: caseFileFieldsSchema,
  contacts: contactFieldsSchema,
  plans: planFieldsSchema,
  goals: goalFieldsSchema,
  steps: stepFieldsSchema,
  reviews: reviewFieldsSchema,
  planVersions: planVersionFieldsSchema,
  indicators: outcomeFieldsSchema,
  referrals: referralFieldsSchema,
  partners: partnerFieldsSchema,
  groupOffers: groupOfferFieldsSchema,
  lifeAreas: lifeAreaFieldsSchema,
  indicatorDefinitions: indicatorDefinitionFieldsSchema,
  conflicts: conflictFieldsSchema,
} as const;

export type RecordTable = keyof typeof RECORD_SCHEMAS;
export type RecordFields<T extends RecordTable> = z.infer<(typeof RECORD_SCHEMAS)[T]>;
export type RecordInput<T extends RecordTable> = z.input<(typeof RECORD_SCHEMAS)[T]>;

export const RECORD_TABLES = Object.keys(RECORD_SCHEMAS) as RecordTable[];

/** Rows shared by the whole organisation rather than belonging to one case. */
export const ORG_WIDE_TABLES: readonly RecordTable[] = [
  'partners',
  'groupOffers',
  'lifeAreas',
  'indicatorDefinitions',
];

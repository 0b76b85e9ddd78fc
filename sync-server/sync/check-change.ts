import type { z } from 'zod';
import {
  CONFLICT_RESOLUTION_FIELDS,
  DATE_IN_FUTURE,
  DELETED_FIELD,
  ERASED_FIELD,
  latestDateOnEarth,
  ORG_SCOPE,
  ORG_WIDE_TABLES,
  RECORD_SCHEMAS,
  type PushedChange,
} from '../../src/core/index';
import type { StoredRecord } from './record-store';

type Shape = Record<string, z.ZodType>;

function shapeOf(table: PushedChange['table']): Shape {
  return (RECORD_SCHEMAS[table] as unknown as { shape: Shape }).shape;
}

/** A cleared field travels as null; the schemas know it as a missing value. */
function present(value: unknown): unknown {
  return value === null ? undefined : value;
}

/** Cross-field rules carry their reason as a key (the device's texts use it too). */
function ruleKey(issue: z.core.$ZodIssue): string | undefined {
  return issue.code === 'custom' ? (issue.params as { key?: string } | undefined)?.key : undefined;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  const key = ruleKey(issue);
  const message = key ? `rule "${key}" not met` : issue.message;
  return path ? `${path}: ${message}` : message;
}

/**
 * Whether a schema's issue refuses the record. The schemas judge "the future"
 * by the server's own date, and a device may be where the day has already
 * begun: a date counts as in the future only when it is so everywhere on earth.
 */
function refuses(issue: z.core.$ZodIssue, fields: Record<string, unknown>, now: Date): boolean {
  if (ruleKey(issue) !== DATE_IN_FUTURE) return true;
  const value = fields[String(issue.path[0])];
  return typeof value !== 'string' || value > latestDateOnEarth(now);
}

function checkScope(change: PushedChange): string | undefined {
  if (ORG_WIDE_TABLES.includes(change.table))
    return change.scope === ORG_SCOPE ? undefined : `${change.table} records belong to scope "org"`;
  // A conflict lives where the record that lost lives: in a case, or in the organisation.
  if (change.table === 'conflicts') return undefined;
  if (change.scope === ORG_SCOPE) return `${change.table} records belong to a case, not to "org"`;
  if (change.table === 'caseFiles' && change.scope !== change.id)
    return 'a case file is its own scope: scope must equal id';
  return undefined;
}

interface CheckContext {
  /** A re-send after an epoch change (see checkChange). */
  resend: boolean;
  /** The server's clock. */
  now: Date;
}

function checkConflictChange(
  change: PushedChange,
  existing: StoredRecord | undefined,
  check: CheckContext,
) {
  if (check.resend) return checkFields(change, existing, check);
  if (!existing) return 'conflicts are made by the server only';
  const allowed: readonly string[] = CONFLICT_RESOLUTION_FIELDS;
  const other = Object.keys(change.fields).find((name) => !allowed.includes(name));
  return other
    ? `a device may only resolve a conflict, not change "${other}"`
    : checkFields(change, existing, check);
}

function checkFields(
  change: PushedChange,
  existing: StoredRecord | undefined,
  { resend, now }: CheckContext,
) {
  const shape = shapeOf(change.table);
  const fields = Object.entries(change.fields);
  // A re-sent tombstone carries an erasure the restored server may have lost; it must win again.
  if (resend && change.fields[ERASED_FIELD] === true)
    return fields.every(
      ([name, value]) => (name === ERASED_FIELD || name === DELETED_FIELD) && value === true,
    )
      ? undefined
      : 'an erased record carries nothing but its tombstone';
  for (const [name, value] of fields) {
    if (name === DELETED_FIELD) {
      if (typeof value !== 'boolean') return `${name}: must be true or false`;
      continue;
    }
    const field = shape[name];
    if (!field) return `${change.table} records have no field "${name}"`;
    const parsed = field.safeParse(present(value));
    if (!parsed.success) return `${name}: ${describeIssue(parsed.error.issues[0]!)}`;
  }
  if (existing) return undefined;
  // A record new to the server must be complete and valid as a whole.
  const whole = Object.fromEntries(
    Object.entries(change.fields)
      .filter(([name]) => name !== DELETED_FIELD)
      .map(([name, value]) => [name, present(value)]),
  );
  const parsed = RECORD_SCHEMAS[change.table].safeParse(whole);
  const issue = parsed.error?.issues.find((i) => refuses(i, whole, now));
  return issue ? `new record is incomplete or invalid: ${describeIssue(issue)}` : undefined;
}

/**
 * Why one pushed change cannot be stored, or undefined when it can. Checks
 * what needs no other record than the one it changes: table and scope fit,
 * an existing record keeps its table and scope, every field exists in the
 * record's schema and its value parses, a new record is complete. The server
 * stores values as sent (the device normalised them); it only refuses.
 * A re-send after an epoch change may also restore conflicts and erasures,
 * which devices otherwise never make.
 */
export function checkChange(
  change: PushedChange,
  existing: StoredRecord | undefined,
  check: CheckContext,
) {
  const scopeProblem = checkScope(change);
  if (scopeProblem) return scopeProblem;
  if (existing && existing.table !== change.table)
    return `id ${change.id} belongs to a ${existing.table} record`;
  if (existing && existing.scope !== change.scope)
    return `record ${change.id} belongs to another scope`;
  if (change.table === 'conflicts') return checkConflictChange(change, existing, check);
  return checkFields(change, existing, check);
}

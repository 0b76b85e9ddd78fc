import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { toRecordIssues, type RecordIssue } from '@/core/index';

/**
 * A react-hook-form resolver over a schema from src/core. The error message
 * carries the language-neutral issue (`{ key, params }` as JSON); the field
 * shows it in the current language, so switching language re-translates it.
 */
export function recordResolver<V extends FieldValues>(schema: z.ZodType): Resolver<V, unknown, V> {
  return (values) => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return { values: parsed.data as V, errors: {} };
    return { values: {}, errors: issuesToErrors(toRecordIssues(parsed.error)) as FieldErrors<V> };
  };
}

export function issuesToErrors(issues: RecordIssue[]): FieldErrors {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    const path = issue.path || 'root';
    if (errors[path]) continue; // the first problem of a field is the one to fix first
    errors[path] = { type: issue.key, message: encodeIssue(issue) };
  }
  return nest(errors) as FieldErrors;
}

export function encodeIssue(issue: Pick<RecordIssue, 'key' | 'params'>): string {
  return JSON.stringify({ key: issue.key, params: issue.params ?? {} });
}

export function decodeIssue(message: string): { key: string; params: Record<string, unknown> } {
  try {
    return JSON.parse(message) as { key: string; params: Record<string, unknown> };
  } catch {
    return { key: 'invalid', params: {} };
  }
}

// "address.city" → { address: { city } }, the shape react-hook-form reads errors in.
function nest(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split('.');
    let node = out;
    parts.slice(0, -1).forEach((part) => {
      node = (node[part] ??= {}) as Record<string, unknown>;
    });
    node[parts.at(-1)!] = value;
  }
  return out;
}

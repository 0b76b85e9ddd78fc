import type { z } from 'zod';

/**
 * A refused field, independent of language: the UI shows `validation:<key>`
 * with `params` beside the field named by `path`.
 */
export interface RecordIssue {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

export function toRecordIssues(error: z.ZodError): RecordIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    switch (issue.code) {
      case 'custom': {
        const { key, ...params } = (issue.params ?? {}) as Record<string, string | number>;
        return { path, key: String(key ?? 'invalid'), params };
      }
      case 'too_big':
        return {
          path,
          key: issue.origin === 'string' ? 'tooLong' : 'tooBig',
          params: { maximum: Number(issue.maximum) },
        };
      case 'too_small':
        return issue.origin === 'string' && Number(issue.minimum) === 1
          ? { path, key: 'required' }
          : { path, key: 'tooSmall', params: { minimum: Number(issue.minimum) } };
      case 'invalid_format':
        return { path, key: issue.format === 'date' ? 'invalidDate' : 'invalidFormat' };
      case 'invalid_value':
        return { path, key: 'invalidChoice' };
      case 'invalid_type':
        return { path, key: issue.input === undefined ? 'required' : 'invalid' };
      default:
        return { path, key: 'invalid' };
    }
  });
}

export type WriteResult<T = string> = { ok: true; id: T } | { ok: false; issues: RecordIssue[] };

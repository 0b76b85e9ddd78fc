import type { TFunction } from 'i18next';
import { decodeIssue } from './record-resolver';

/** The text of a refused field in the current language. */
export function issueText(t: TFunction, message: string | undefined): string {
  const { key, params } = decodeIssue(message ?? '');
  return t(`validation:${key}`, params);
}

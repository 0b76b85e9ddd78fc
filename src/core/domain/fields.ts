import { z } from 'zod';

/**
 * Building blocks for record fields. Every text field has a length limit and
 * refuses control characters (pasted from other programs they corrupt exports
 * and can hide text); single-line fields also refuse line breaks. Dates are
 * calendar dates `YYYY-MM-DD`, checked to exist (no 31 April).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK = /[\r\n]/;

export const LIMITS = { name: 100, line: 200, shortText: 1000, note: 5000 } as const;

export function line(max: number = LIMITS.line) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((v) => !CONTROL_CHARACTERS.test(v) && !LINE_BREAK.test(v), {
      params: { key: 'controlCharacters' },
    });
}

export function requiredLine(max: number = LIMITS.line) {
  return line(max).pipe(z.string().min(1));
}

export function multiline(max: number = LIMITS.note) {
  return z
    .string()
    .max(max)
    .refine((v) => !CONTROL_CHARACTERS.test(v), { params: { key: 'controlCharacters' } });
}

export const isoDate = z.iso.date();

/** A value that may be missing; the empty string of a cleared form field counts as missing. */
export function emptyAsMissing<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());
}

export const optionalDate = emptyAsMissing(isoDate);

export const optionalLine = (max: number = LIMITS.line) =>
  z.preprocess((v) => (v === null ? undefined : v), line(max).optional());

export const optionalMultiline = (max: number = LIMITS.note) =>
  z.preprocess((v) => (v === null ? undefined : v), multiline(max).optional());

export const idRef = z.string().min(1).max(64);

/** Marks a GDPR Art. 9 special-category field (health, disability, religion, protection needs). */
export function sensitive<T extends z.ZodType>(schema: T): T {
  return schema.meta({ sensitive: true });
}

export function sensitiveFieldNames(shape: Record<string, z.ZodType>): string[] {
  return Object.entries(shape)
    .filter(([, schema]) => schema.meta()?.sensitive === true)
    .map(([name]) => name);
}

import { z } from 'zod';
import { ErrorCode } from './error-codes';

export const errorIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  /** A finer reason than the response's code, e.g. why one pushed change was refused. */
  code: z.string().optional(),
});
export type ErrorIssue = z.infer<typeof errorIssueSchema>;

/** The one shape every failed request answers with. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    details: z.array(errorIssueSchema).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

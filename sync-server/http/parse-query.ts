import type { Request, Response } from 'express';
import type { z } from 'zod';
import { ErrorCode } from '../../src/core/index';
import { sendError } from './send-error';

/** Parses the query string with a schema from src/core; answers 400 and `undefined` when it does not fit. */
export function parseQuery<S extends z.ZodType>(
  schema: S,
  req: Request,
  res: Response,
): z.infer<S> | undefined {
  const parsed = schema.safeParse(req.query);
  if (parsed.success) return parsed.data;
  sendError(
    res,
    400,
    ErrorCode.validationFailed,
    'The query parameters do not have the expected shape.',
    parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(query)',
      message: issue.message,
    })),
  );
  return undefined;
}

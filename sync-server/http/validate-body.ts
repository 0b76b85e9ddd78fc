import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { ErrorCode } from '../../src/core/index';
import { sendError } from './send-error';

/**
 * Parses the JSON body with a schema from src/core. On success the parsed
 * value replaces `req.body`, so handlers only ever see checked data.
 */
export function validateBody(schema: z.ZodType): RequestHandler {
  return (req, res, next) => {
    if (!req.is('application/json')) {
      return sendError(
        res,
        415,
        ErrorCode.unsupportedMediaType,
        'Send the request body as JSON with the header Content-Type: application/json.',
      );
    }
    const parsed = schema.safeParse(req.body);
    if (!parsed.success) {
      return sendError(
        res,
        400,
        ErrorCode.validationFailed,
        'The request body does not have the expected shape.',
        parsed.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.') || '(body)',
          message: issue.message,
        })),
      );
    }
    req.body = parsed.data;
    next();
  };
}

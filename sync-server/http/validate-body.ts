import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { ErrorCode, type ErrorIssue } from '../../src/core/index';
import { sendError } from './send-error';

export const INVALID_BODY_MESSAGE = 'The request body does not have the expected shape.';

/** A schema's issues as the error answer's details: where, and what is wrong. */
export function validationIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

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
        INVALID_BODY_MESSAGE,
        validationIssues(parsed.error),
      );
    }
    req.body = parsed.data;
    next();
  };
}

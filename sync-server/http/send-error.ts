import type { Response } from 'express';
import type { ErrorCode, ErrorIssue, ErrorResponse } from '../../src/core/index';

/** The one shape of every error answer (src/core/api/error-response.ts). */
export function errorBody(code: ErrorCode, message: string, details?: ErrorIssue[]): ErrorResponse {
  return { error: { code, message, ...(details ? { details } : {}) } };
}

export function sendError(
  res: Response,
  status: number,
  code: ErrorCode,
  message: string,
  details?: ErrorIssue[],
): void {
  res.status(status).json(errorBody(code, message, details));
}

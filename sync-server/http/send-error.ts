import type { Response } from 'express';
import type { ErrorCode, ErrorIssue, ErrorResponse } from '../../src/core/index';

export function sendError(
  res: Response,
  status: number,
  code: ErrorCode,
  message: string,
  details?: ErrorIssue[],
): void {
  const body: ErrorResponse = { error: { code, message, ...(details ? { details } : {}) } };
  res.status(status).json(body);
}

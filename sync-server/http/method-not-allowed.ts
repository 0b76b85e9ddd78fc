import type { RequestHandler } from 'express';
import { ErrorCode } from '../../src/core/index';
import { sendError } from './send-error';

/** Ends a route's method list: any other method gets a 405 naming the ones that work. */
export function methodNotAllowed(...allowed: string[]): RequestHandler {
  const allow = allowed.join(', ');
  return (req, res) => {
    res.setHeader('Allow', allow);
    sendError(
      res,
      405,
      ErrorCode.methodNotAllowed,
      `${req.method} is not allowed here; use ${allow}.`,
    );
  };
}

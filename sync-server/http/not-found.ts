import type { RequestHandler } from 'express';
import { ErrorCode } from '../../src/core/index';
import { sendError } from './send-error';

export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, ErrorCode.notFound, `There is no ${req.method} ${req.path} on this server.`);
};

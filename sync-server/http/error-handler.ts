import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '../../src/core/index';
import { sendError } from './send-error';

interface BodyParserError {
  type: string;
  status?: number;
  limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' && error !== null && typeof Reflect.get(error, 'type') === 'string'
  );
}

/** What a client learns of a failure nobody expected: nothing of the server's insides. */
export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on the server. Please try again.';

/**
 * The last middleware: turns body-parser failures into clear 4xx answers and
 * anything unexpected into a 500 that tells the client nothing about the
 * server's insides. The stack trace goes to the log, never to the client.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    if (isBodyParserError(error)) {
      switch (error.type) {
        case 'entity.parse.failed':
          return sendError(
            res,
            400,
            ErrorCode.malformedJson,
            'The request body is not valid JSON.',
          );
        case 'entity.too.large':
          return sendError(
            res,
            413,
            ErrorCode.payloadTooLarge,
            `The request body is larger than the allowed ${error.limit ?? ''} bytes.`.replace(
              '  ',
              ' ',
            ),
          );
        case 'encoding.unsupported':
        case 'charset.unsupported':
          return sendError(
            res,
            415,
            ErrorCode.unsupportedMediaType,
            'The request body must be UTF-8 encoded JSON.',
          );
        case 'request.aborted':
        case 'request.size.invalid':
          return sendError(res, 400, ErrorCode.badRequest, 'The request body arrived incomplete.');
      }
    }
    logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unexpected error');
    sendError(res, 500, ErrorCode.internal, INTERNAL_ERROR_MESSAGE);
  };
}

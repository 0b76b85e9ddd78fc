/**
 * Every expected failure the server can answer with. The UI maps each code to
 * an i18n key (`errors:<code>`), so adding one here means adding its text in
 * every locale.
 */
export const ErrorCode = {
  badRequest: 'bad_request',
  malformedJson: 'malformed_json',
  validationFailed: 'validation_failed',
  payloadTooLarge: 'payload_too_large',
  unsupportedMediaType: 'unsupported_media_type',
  notFound: 'not_found',
  methodNotAllowed: 'method_not_allowed',
  invalidCredentials: 'invalid_credentials',
  internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

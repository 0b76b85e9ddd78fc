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
  /** No token, a malformed one, an unknown one, or one ended by logging out. */
  unauthenticated: 'unauthenticated',
  /** The device session ran out; log in again online. */
  sessionExpired: 'session_expired',
  /** An admin revoked this device (or disabled its user): the device must wipe its local data. */
  deviceRevoked: 'device_revoked',
  /** Logged in, but the role may not do this. */
  forbidden: 'forbidden',
  tooManyAttempts: 'too_many_attempts',
  emailTaken: 'email_taken',
  /** The user cannot take case assignments (an admin, or disabled). */
  notAssignable: 'not_assignable',
  /** The change would leave the organisation without an active admin. */
  lastAdmin: 'last_admin',
  /** Stamps from a device whose clock runs ahead of the server's by more than the margin. */
  clockAhead: 'clock_ahead',
  internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

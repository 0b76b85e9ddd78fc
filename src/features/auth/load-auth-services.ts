/**
 * The part of signing in that needs the API client, its zod schemas and the
 * cipher code: loaded as one chunk, on demand, so that the unlock screen
 * shows without it. Screens call this when they appear, so the chunk is
 * ready by the time a PIN or password has been typed.
 */
export function loadAuthServices() {
  return import('./auth-services');
}

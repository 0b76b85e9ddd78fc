/**
 * A row given to an encrypted table holds a value its encrypted part cannot
 * carry faithfully (encrypted properties travel as JSON: no Date, Map, Set,
 * typed array, Blob, NaN or Infinity, no `undefined` inside arrays), or uses
 * the reserved property `_enc`. A bug in the caller, so it is thrown before
 * anything is written.
 *
 * The message names the table and the property path, never the value.
 */
export class UnencryptableValueError extends Error {
  override readonly name = 'UnencryptableValueError';

  constructor(
    readonly table: string,
    readonly path: string,
    reason = 'is not a JSON value',
  ) {
    super(`${table}: ${path || 'the row'} ${reason}`);
  }
}

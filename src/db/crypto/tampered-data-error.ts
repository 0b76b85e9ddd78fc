/**
 * A stored row of an encrypted table failed authentication: its `_enc` blob was
 * changed, moved to another row, or its plain indexed properties were edited,
 * or the blob is missing. Nothing of the row is returned. This is tampering or
 * a bug, never an expected state, so it is thrown.
 *
 * The message names the table and primary key only (ids, never personal data).
 */
export class TamperedDataError extends Error {
  override readonly name = 'TamperedDataError';

  constructor(
    readonly table: string,
    readonly primaryKey: unknown,
  ) {
    super(`Row ${String(primaryKey)} of table ${table} failed authentication`);
  }
}

import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { encryptedTable } from './encrypted-table';
import { DATA_KEY_BYTES } from './data-key';
import { tableLayout } from './table-layout';

/**
 * Encryption at rest for a Dexie database, as a DBCore middleware:
 *
 *   db.use(encryptionMiddleware({ dataKey, plainTables: ['localSettings'] }));
 *   await db.open();
 *
 * Every table is encrypted unless named in `plainTables`; a plain table must
 * hold nothing personal. In an encrypted table, every non-indexed property of
 * a stored row is inside `_enc` (row-cipher.ts), and every read path returns
 * whole, authenticated rows or throws TamperedDataError.
 *
 * Register it before the database opens: Dexie builds its middleware stack on
 * open (to change keys: close, `db.unuse(...)`/`db.use(...)`, open). It sits
 * below all of Dexie's own middlewares (the lowest, at level -1, caches
 * existing values for hooks), so hooks, caches and liveQuery see plain rows.
 *
 * The middleware keeps a reference to `dataKey` and does not copy it, so that
 * whoever locks the device can overwrite it (`dataKey.fill(0)`) after closing
 * the database.
 */
export const ENCRYPTION_MIDDLEWARE_NAME = 'encryption';
export const ENCRYPTION_MIDDLEWARE_LEVEL = -10;

export interface EncryptionOptions {
  /** 32 bytes, from createKeyring or unwrapDataKey (keyring.ts). */
  dataKey: Uint8Array;
  /** Tables whose rows stay in plain text; none by default. */
  plainTables?: readonly string[];
}

export function encryptionMiddleware({
  dataKey,
  plainTables = [],
}: EncryptionOptions): Middleware<DBCore> {
  if (dataKey.length !== DATA_KEY_BYTES) throw new Error(`A data key has ${DATA_KEY_BYTES} bytes`);
  return {
    stack: 'dbcore',
    name: ENCRYPTION_MIDDLEWARE_NAME,
    level: ENCRYPTION_MIDDLEWARE_LEVEL,
    create: (down) => {
      const schemas = new Map(down.schema.tables.map((schema) => [schema.name, schema]));
      // A misspelt plain table would quietly be encrypted; refuse it so the mistake shows.
      for (const name of plainTables)
        if (!schemas.has(name)) throw new Error(`plainTables names an unknown table: ${name}`);
      const tables = new Map<string, DBCoreTable>();
      return {
        table: (name) => {
          const schema = schemas.get(name);
          if (!schema || plainTables.includes(name)) return down.table(name);
          let table = tables.get(name);
          if (!table) {
            table = encryptedTable(down.table(name), tableLayout(schema), dataKey);
            tables.set(name, table);
          }
          return table;
        },
      };
    },
  };
}

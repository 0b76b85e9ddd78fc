import type { DBCoreKeyRange, DBCore, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { encryptedTable } from './encrypted-table';
import { DATA_KEY_BYTES } from './data-key';
import { NativeKey } from './native-key';
import { openNative } from './native-open';
import { OpenedRows } from './opened-rows';
import { SealedAhead } from './seal-ahead';
import { tableLayout, type TableLayout } from './table-layout';

/** DBCoreRangeType.Any: a const enum, which cannot be imported as a value. */
const EVERY_KEY: DBCoreKeyRange = {
  type: 3,
  lower: undefined,
  upper: undefined,
};

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
 * `sealAhead(table, rows)` seals rows that a transaction is about to write,
 * before it starts or while it waits (seal-ahead.ts): for many rows at once,
 * such as a page of pulled rows. It freezes the rows; writing exactly those
 * objects then costs no sealing inside the transaction.
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

export interface EncryptionMiddleware extends Middleware<DBCore> {
  sealAhead: (table: string, rows: readonly object[]) => Promise<void>;
  /** The stored forms of the rows with `keys` (undefined where none), read in `trans`. */
  readSealed: (trans: DBCoreTransaction, table: string, keys: unknown[]) => Promise<unknown[]>;
  /** The stored forms of all the table's rows, in key order, read in `trans`. */
  readAllSealed: (trans: DBCoreTransaction, table: string) => Promise<unknown[]>;
  /** Opens stored forms from readSealed; a plain table's rows come back as they are. */
  openSealed: (
    table: string,
    stored: readonly unknown[],
    keys: readonly unknown[],
  ) => Promise<(Record<string, unknown> | undefined)[]>;
  /** Overwrites the payloads of the rows opened lately (opened-rows.ts), for a database that closed. */
  forgetOpened: () => void;
}

export function encryptionMiddleware({
  dataKey,
  plainTables = [],
}: EncryptionOptions): EncryptionMiddleware {
  if (dataKey.length !== DATA_KEY_BYTES) throw new Error(`A data key has ${DATA_KEY_BYTES} bytes`);
  const nativeKey = new NativeKey(dataKey);
  const ahead = new SealedAhead(nativeKey);
  const opened = new OpenedRows();
  // The encrypted tables' layouts, from the schema the database opened with.
  const layouts = new Map<string, TableLayout>();
  let below: DBCore | undefined;
  const notOpen = () => Promise.reject(new Error('The database is not open'));
  return {
    sealAhead: async (table, rows) => {
      const layout = layouts.get(table);
      if (layout) await ahead.seal(layout, rows);
    },
    readSealed: (trans, table, keys) => below?.table(table).getMany({ trans, keys }) ?? notOpen(),
    readAllSealed: (trans, table) => {
      const store = below?.table(table);
      if (!store) return notOpen();
      return store
        .query({
          trans,
          values: true,
          query: { index: store.schema.primaryKey, range: EVERY_KEY },
        })
        .then(({ result }): unknown[] => result as unknown[]);
    },
    openSealed: async (table, stored, keys) => {
      const layout = layouts.get(table);
      if (!layout) return stored as (Record<string, unknown> | undefined)[];
      return openNative(await nativeKey.get(), layout, stored, keys);
    },
    forgetOpened: () => opened.forget(),
    stack: 'dbcore',
    name: ENCRYPTION_MIDDLEWARE_NAME,
    level: ENCRYPTION_MIDDLEWARE_LEVEL,
    create: (down) => {
      below = down;
      const schemas = new Map(down.schema.tables.map((schema) => [schema.name, schema]));
      // A misspelt plain table would quietly be encrypted; refuse it so the mistake shows.
      for (const name of plainTables)
        if (!schemas.has(name)) throw new Error(`plainTables names an unknown table: ${name}`);
      layouts.clear();
      for (const schema of down.schema.tables)
        if (!plainTables.includes(schema.name)) layouts.set(schema.name, tableLayout(schema));
      const tables = new Map<string, DBCoreTable>();
      return {
        table: (name) => {
          const layout = layouts.get(name);
          if (!layout) return down.table(name);
          let table = tables.get(name);
          if (!table) {
            table = encryptedTable(down.table(name), layout, dataKey, ahead, opened);
            tables.set(name, table);
          }
          return table;
        },
      };
    },
  };
}

import type { DBCoreIndex, DBCoreTableSchema } from 'dexie';

/**
 * Which properties of a table's rows stay in plain text: every property that
 * is part of the primary key or of an index (compound indexes included),
 * because IndexedDB can only index what it can read. Everything else is
 * encrypted. Read from the schema IndexedDB actually has (the DBCore schema,
 * the same as `db.tables[i].schema` for a Dexie-made database), so a new index
 * in a later `version(n)` is picked up without touching this code.
 *
 * Schema changes: a later version that indexes a property rows already have
 * must rewrite that table's rows in its upgrade
 * (`tx.table(name).toCollection().modify(() => {})`): until a row is written
 * again, the property is inside `_enc` and the new index does not see it. A
 * dropped index needs nothing: old rows keep the property plain and still read.
 *
 * Key paths into nested objects (`address.city`) are refused: keeping one
 * nested property plain would need splitting objects, and keeping the whole
 * object plain would leak its other properties.
 */
export interface TableLayout {
  readonly table: string;
  /** Properties that stay plain when they hold a valid IndexedDB key. */
  readonly keyPathProps: ReadonlySet<string>;
  /** Properties behind a multiEntry index: must be arrays of valid keys, or absent. */
  readonly multiEntryProps: ReadonlySet<string>;
  /** The inline primary key property (`id`), absent for outbound or compound keys. */
  readonly primaryKeyProp: string | undefined;
  readonly outbound: boolean;
  /** The primary key of a row, for inline keys; undefined for outbound keys. */
  readonly extractKey: (row: unknown) => unknown;
}

function pathsOf(index: DBCoreIndex): string[] {
  const { keyPath } = index;
  if (keyPath === null) return [];
  return Array.isArray(keyPath) ? keyPath : [keyPath];
}

export function tableLayout(schema: DBCoreTableSchema): TableLayout {
  const { primaryKey, indexes } = schema;
  const keyed = [primaryKey, ...indexes];
  const keyPathProps = new Set(keyed.flatMap(pathsOf));
  for (const path of keyPathProps)
    if (path.includes('.'))
      throw new Error(
        `Encryption at rest does not support the nested key path ${schema.name}.${path}`,
      );
  const { extractKey } = primaryKey;
  return {
    table: schema.name,
    keyPathProps,
    multiEntryProps: new Set(indexes.filter((i) => i.multiEntry).flatMap(pathsOf)),
    primaryKeyProp: typeof primaryKey.keyPath === 'string' ? primaryKey.keyPath : undefined,
    outbound: primaryKey.keyPath === null,
    extractKey: (row): unknown => (extractKey ? extractKey(row) : undefined),
  };
}

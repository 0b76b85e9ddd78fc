import type { DBCoreCursor } from 'dexie';

/**
 * A cursor whose `value` is the opened row. Everything else is the cursor
 * below (Dexie's own middlewares wrap cursors the same way). `key` and
 * `primaryKey` are forwarded explicitly: they are getters of IDBCursor, which
 * browsers refuse to run on any other object. Each position is opened once,
 * when its value is first read; key-only iteration opens nothing.
 */
export function decryptingCursor(
  cursor: DBCoreCursor,
  open: (stored: unknown, primaryKey: unknown) => unknown,
): DBCoreCursor {
  let lastStored: unknown;
  let lastOpened: unknown;
  let opened = false;
  return Object.create(cursor, {
    key: { get: (): unknown => cursor.key },
    primaryKey: { get: (): unknown => cursor.primaryKey },
    value: {
      get: () => {
        const stored: unknown = cursor.value;
        if (!opened || stored !== lastStored) {
          lastOpened = open(stored, cursor.primaryKey);
          lastStored = stored;
          opened = true;
        }
        return lastOpened;
      },
    },
  }) as DBCoreCursor;
}

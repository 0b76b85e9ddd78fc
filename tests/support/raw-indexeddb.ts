import type { Page } from 'playwright-core';

/**
 * IndexedDB as it lies on the disk, read with the raw API in the page, past
 * Dexie and the encryption middleware: every row of every store of `name`, as
 * JSON (a Uint8Array becomes an object of numbers, which no text can hide in).
 * Undefined when no such database exists.
 */
export function dumpDatabase(page: Page, name: string): Promise<string | undefined> {
  return page.evaluate(async (name) => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes(name)) return undefined;
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const stores = [...database.objectStoreNames];
    const dump: Record<string, unknown[]> = {};
    for (const store of stores)
      dump[store] = await new Promise<unknown[]>((resolve, reject) => {
        const read = database.transaction(store).objectStore(store).getAll();
        read.onsuccess = () => resolve(read.result as unknown[]);
        read.onerror = () => reject(new Error(String(read.error)));
      });
    database.close();
    return JSON.stringify(dump);
  }, name);
}

/** The names of the page's IndexedDB databases. */
export function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases()).flatMap((d) => (d.name ? [d.name] : [])),
  );
}

/** Everything in the page's localStorage and sessionStorage, as one string. */
export function webStorageText(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
}

/**
 * Flips one byte in the middle of the `_enc` ciphertext of one row, as someone
 * with the tablet in hand could.
 */
export function tamperWithRow(
  page: Page,
  database: string,
  store: string,
  id: string,
): Promise<void> {
  return page.evaluate(
    async ({ database, store, id }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(String(open.error)));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        const objects = tx.objectStore(store);
        const read = objects.get(id);
        read.onsuccess = () => {
          const row = read.result as { _enc: Uint8Array };
          const sealed = new Uint8Array(row._enc);
          const at = Math.floor(sealed.length / 2);
          sealed[at] = sealed[at]! ^ 0xff;
          objects.put({ ...row, _enc: sealed });
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      db.close();
    },
    { database, store, id },
  );
}

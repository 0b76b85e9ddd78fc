import type {
  DBCoreAddRequest,
  DBCoreMutateResponse,
  DBCorePutRequest,
  DBCoreQueryRequest,
  DBCoreQueryResponse,
  DBCoreTable,
  DBCoreTransaction,
} from 'dexie';
import { decryptingCursor } from './decrypting-cursor';
import { isValidKey } from './idb-key';
import { OPENED_READ_ROWS, type OpenedRows } from './opened-rows';
import { PendingRows } from './pending-rows';
import { openRow, sealRow } from './row-cipher';
import type { SealedAhead } from './seal-ahead';
import type { TableLayout } from './table-layout';

/**
 * A DBCore table that seals every row it writes and opens every row it reads
 * (get, getMany, query with values, cursor values). Key-only reads, counts and
 * deletes pass through: keys and indexed values are plain by design. A row
 * sealed ahead of its transaction (seal-ahead.ts) is written as sealed there.
 *
 * Only `.then` chains on the promises from below, never `await`: they are
 * Dexie promises, and keeping them keeps Dexie's transaction zone intact.
 */
export function encryptedTable(
  table: DBCoreTable,
  layout: TableLayout,
  dataKey: Uint8Array,
  ahead: SealedAhead,
  opened: OpenedRows,
): DBCoreTable {
  const pending = new PendingRows();
  /** `rows`: how many rows the read gives; a large read leaves `opened` alone (opened-rows.ts). */
  const open = (trans: DBCoreTransaction, stored: unknown, primaryKey: unknown, rows = 1) =>
    stored === undefined
      ? undefined
      : openRow(
          dataKey,
          layout,
          stored,
          primaryKey,
          pending.has(trans, primaryKey),
          rows <= OPENED_READ_ROWS ? opened : undefined,
        );

  function keyToWrite(value: unknown, givenKey: unknown): unknown {
    const key = layout.outbound ? givenKey : layout.extractKey(value);
    return isValidKey(key) ? key : undefined;
  }

  function write(req: DBCoreAddRequest | DBCorePutRequest): Promise<DBCoreMutateResponse> {
    const keys = req.values.map((value, i) => keyToWrite(value, req.keys?.[i]));
    const values = req.values.map((value, i) => {
      const key = keys[i];
      if (key === undefined) return sealRow(dataKey, layout, value, 'pending');
      return (
        ahead.take(layout.table, value) ?? sealRow(dataKey, layout, value, { primaryKey: key })
      );
    });
    const written = table.mutate({ ...req, values });
    if (keys.every((key) => key !== undefined)) return written;
    return written.then((response) => resealGenerated(req, keys, response));
  }

  /** Second half of an auto-increment add: bind each new row to the key IndexedDB gave it. */
  function resealGenerated(
    req: DBCoreAddRequest | DBCorePutRequest,
    keys: unknown[],
    response: DBCoreMutateResponse,
  ): Promise<DBCoreMutateResponse> | DBCoreMutateResponse {
    const generated = keys.flatMap((key, i) =>
      key === undefined && !response.failures[i] && isValidKey(response.results?.[i])
        ? [{ index: i, key: response.results![i] as unknown }]
        : [],
    );
    if (generated.length === 0) return response;
    const newKeys = generated.map((g) => g.key);
    pending.add(req.trans, newKeys);
    const values = generated.map(({ index, key }) => {
      const value = req.values[index] as Record<string, unknown>;
      const row = layout.primaryKeyProp ? { ...value, [layout.primaryKeyProp]: key } : value;
      return sealRow(dataKey, layout, row, { primaryKey: key });
    });
    const fail = (cause: unknown): never => {
      // A pending row must never commit: take the whole transaction down with it.
      req.trans.abort();
      throw new Error(`Could not bind new ${layout.table} rows to their keys`, { cause });
    };
    return table
      .mutate({
        type: 'put',
        trans: req.trans,
        values,
        ...(layout.outbound ? { keys: newKeys } : {}),
      })
      .then((resealed) => {
        if (resealed.numFailures > 0) fail(Object.values(resealed.failures)[0]);
        pending.delete(req.trans, newKeys);
        return response;
      }, fail);
  }

  function query(req: DBCoreQueryRequest): Promise<DBCoreQueryResponse> {
    if (!req.values) return table.query(req);
    const openAll = (result: unknown[], keys: unknown[]) => ({
      result: result.map((stored, i) => open(req.trans, stored, keys[i], result.length)),
    });
    if (!layout.outbound)
      return table.query(req).then(({ result }) => openAll(result, result.map(layout.extractKey)));
    // Outbound keys are not in the rows: ask for them in the same breath, so that
    // no other request of the transaction runs between the two and they line up.
    const values = table.query(req);
    const keys = table.query({ ...req, values: false });
    keys.catch(() => undefined); // if `values` fails first, `keys` is never awaited
    return values.then(({ result }) => keys.then((k) => openAll(result, k.result)));
  }

  return {
    ...table,
    mutate: (req) => (req.type === 'add' || req.type === 'put' ? write(req) : table.mutate(req)),
    get: (req) => table.get(req).then((stored) => open(req.trans, stored, req.key)),
    getMany: (req) =>
      table
        .getMany(req)
        .then((rows) => rows.map((stored, i) => open(req.trans, stored, req.keys[i], rows.length))),
    query,
    openCursor: (req) =>
      req.values
        ? table.openCursor(req).then(
            (cursor) =>
              // A cursor may walk a whole table: its rows count as a large read.
              cursor &&
              decryptingCursor(cursor, (stored, key) =>
                open(req.trans, stored, key, Number.POSITIVE_INFINITY),
              ),
          )
        : table.openCursor(req),
  };
}

import { Router } from 'express';
import { sql } from 'kysely';
import { PROTOCOL_VERSION, type HealthResponse } from '../../src/core/index';
import type { Storage } from '../db/database';
import { methodNotAllowed } from '../http/method-not-allowed';

export function healthRouter(storage: Storage): Router {
  const router = Router();
  router
    .route('/health')
    .get(async (_req, res) => {
      // A round trip to the database, so that "ok" means the server can store.
      await sql`select 1`.execute(storage.db);
      const body: HealthResponse = {
        status: 'ok',
        protocolVersion: PROTOCOL_VERSION,
        storage: storage.kind,
        serverTime: new Date().toISOString(),
      };
      res.set('Cache-Control', 'no-store').json(body);
    })
    .all(methodNotAllowed('GET'));
  return router;
}

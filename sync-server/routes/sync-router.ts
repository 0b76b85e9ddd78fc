import express, { Router } from 'express';
import { syncRequestSchema, type SyncRequest } from '../../src/core/index';
import type { AppContext } from '../app-context';
import { authOf } from '../auth/auth-context';
import { authenticate } from '../auth/authenticate';
import { methodNotAllowed } from '../http/method-not-allowed';
import { sendError } from '../http/send-error';
import { validateBody } from '../http/validate-body';
import { syncDevice } from '../sync/sync-device';

/**
 * `POST /api/v1/sync`, the one sync round trip (docs/PROTOCOL.md). Its body
 * may be larger than other requests' (up to MAX_PUSH_CHANGES records) and may
 * come gzip-compressed (`Content-Encoding: gzip`).
 */
export function syncRouter(ctx: AppContext, bodyLimit: number): Router {
  const router = Router();
  router
    .route('/sync')
    .post(
      // Who is asking first: nobody without a session makes the server inflate and parse megabytes.
      authenticate(ctx),
      express.json({ limit: bodyLimit, strict: true }),
      validateBody(syncRequestSchema),
      async (req, res) => {
        const outcome = await syncDevice(ctx, authOf(req), req.body as SyncRequest);
        if (!outcome.ok)
          return sendError(res, outcome.status, outcome.code, outcome.message, outcome.details);
        // Not res.json: it would hash up to a megabyte for an ETag no one can use on a POST answer.
        res.status(200).type('application/json').set('Cache-Control', 'no-store');
        res.end(JSON.stringify(outcome.response));
      },
    )
    .all(methodNotAllowed('POST'));
  return router;
}

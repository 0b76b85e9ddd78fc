import { Router } from 'express';
import { erasureRequestSchema, Role, type ErasureResponse } from '../../src/core/index';
import type { AppContext } from '../app-context';
import { authOf } from '../auth/auth-context';
import { authenticate } from '../auth/authenticate';
import { requireRole, sendAccessDenied } from '../auth/policy';
import { renderClientPdf } from '../export/client-pdf';
import { methodNotAllowed } from '../http/method-not-allowed';
import { validateBody } from '../http/validate-body';
import { eraseClient, exportClient } from '../services/client-data-service';

/**
 * A client's GDPR rights: access (their data as JSON, or as a readable PDF)
 * and erasure. Every use is in the audit log.
 */
export function clientDataRouter(ctx: AppContext): Router {
  const router = Router();
  router
    .route('/clients/:id/export')
    .get(authenticate(ctx), async (req, res) => {
      const outcome = await exportClient(ctx, authOf(req), req.params.id, 'json');
      if (!outcome.ok) return sendAccessDenied(res, outcome.access, 'client');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="lotse-auskunft-${req.params.id}.json"`,
      );
      res.json(outcome.data);
    })
    .all(methodNotAllowed('GET'));
  router
    .route('/clients/:id/export.pdf')
    .get(authenticate(ctx), async (req, res) => {
      const outcome = await exportClient(ctx, authOf(req), req.params.id, 'pdf');
      if (!outcome.ok) return sendAccessDenied(res, outcome.access, 'client');
      const pdf = await renderClientPdf(outcome.data);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="lotse-auskunft-${req.params.id}.pdf"`,
      );
      res.send(pdf);
    })
    .all(methodNotAllowed('GET'));
  router
    .route('/clients/:id/erasure')
    .post(
      authenticate(ctx),
      requireRole(Role.supervisor, Role.admin),
      validateBody(erasureRequestSchema),
      async (req, res) => {
        const outcome = await eraseClient(
          ctx,
          authOf(req),
          req.params.id,
          erasureRequestSchema.parse(req.body),
        );
        if (!outcome.ok) return sendAccessDenied(res, outcome.access, 'client');
        const body: ErasureResponse = { erased: outcome.erased };
        res.json(body);
      },
    )
    .all(methodNotAllowed('POST'));
  return router;
}

import { Router } from 'express';
import {
  createNodeId,
  demoRecordsQuerySchema,
  encodeHlc,
  ErrorCode,
  today,
  type DemoRecordsResponse,
} from '../../src/core/index';
import { generateDemoData } from '../../src/core/demo/generate-demo-data';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION } from '../demo/demo-accounts';
import { methodNotAllowed } from '../http/method-not-allowed';
import { sendError } from '../http/send-error';

const serverNode = createNodeId();

/**
 * Synthetic case data of the demo organisation, so that a newcomer sees a
 * realistic caseload at once. Only when the server runs with DEMO=1; the data
 * is generated, deterministic, and contains no real person.
 */
export function demoRouter(): Router {
  const router = Router();
  router
    .route('/demo/records')
    .get((req, res) => {
      const query = demoRecordsQuerySchema.safeParse(req.query);
      if (!query.success)
        return sendError(
          res,
          400,
          ErrorCode.validationFailed,
          'clients must be a whole number from 1 to 500.',
          query.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        );
      const manager = DEMO_ACCOUNTS.find((a) => a.role === 'manager')!;
      const records = generateDemoData({
        clients: query.data.clients,
        today: today(),
        orgId: DEMO_ORGANISATION.id,
        managerIds: [manager.id],
      });
      const body: DemoRecordsResponse = {
        orgId: DEMO_ORGANISATION.id,
        stamp: encodeHlc({ wallMs: Date.now(), counter: 0, node: serverNode }),
        records,
      };
      res.json(body);
    })
    .all(methodNotAllowed('GET'));
  return router;
}

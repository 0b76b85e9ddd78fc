import { Router } from 'express';
import { Role, type MeResponse, type TeamResponse } from '../../src/core/index';
import type { AppContext } from '../app-context';
import { authOf } from '../auth/auth-context';
import { authenticate } from '../auth/authenticate';
import { requireRole } from '../auth/policy';
import { methodNotAllowed } from '../http/method-not-allowed';
import { listTeam } from '../services/team-service';

/** The caller's own account and session, and a supervisor's team. */
export function meRouter(ctx: AppContext): Router {
  const router = Router();
  router
    .route('/me')
    .get(authenticate(ctx), (req, res) => {
      const body: MeResponse = authOf(req);
      res.json(body);
    })
    .all(methodNotAllowed('GET'));
  router
    .route('/team')
    .get(authenticate(ctx), requireRole(Role.supervisor), async (req, res) => {
      const body: TeamResponse = { members: await listTeam(ctx, authOf(req)) };
      res.json(body);
    })
    .all(methodNotAllowed('GET'));
  return router;
}

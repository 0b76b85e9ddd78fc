import { Router, type Response } from 'express';
import {
  assignmentsQuerySchema,
  auditQuerySchema,
  createUserRequestSchema,
  ErrorCode,
  putAssignmentRequestSchema,
  updateUserRequestSchema,
  type AdminDeviceResponse,
  type AdminDevicesResponse,
  type AdminUserResponse,
  type AdminUsersResponse,
  type AssignmentsResponse,
  type AuditPageResponse,
  type RetentionReport,
} from '../../src/core/index';
import type { AppContext } from '../app-context';
import { authOf } from '../auth/auth-context';
import { sendNoSuch } from '../auth/policy';
import { methodNotAllowed } from '../http/method-not-allowed';
import { parseQuery } from '../http/parse-query';
import { sendError } from '../http/send-error';
import { validateBody } from '../http/validate-body';
import { putAssignment, listAssignments } from '../services/assignment-service';
import { readAudit } from '../services/audit-service';
import { purgeExpiredCases } from '../services/retention-service';
import { listDevices, revokeDevice } from '../services/device-service';
import { createUser, listUsers, updateUser, type UserChange } from '../services/user-admin-service';

/**
 * The admin API. Mounted behind `authenticate` and `requireRole('admin')`;
 * every query is limited to the admin's own organisation.
 */
export function adminRouter(ctx: AppContext): Router {
  const router = Router();

  router
    .route('/users')
    .get(async (req, res) => {
      const body: AdminUsersResponse = { users: await listUsers(ctx, authOf(req)) };
      res.json(body);
    })
    .post(validateBody(createUserRequestSchema), async (req, res) => {
      const change = await createUser(ctx, authOf(req), createUserRequestSchema.parse(req.body));
      answerUserChange(res, change, 201);
    })
    .all(methodNotAllowed('GET', 'POST'));

  router
    .route('/users/:id')
    .patch(validateBody(updateUserRequestSchema), async (req, res) => {
      const change = await updateUser(
        ctx,
        authOf(req),
        req.params.id,
        updateUserRequestSchema.parse(req.body),
      );
      answerUserChange(res, change, 200);
    })
    .all(methodNotAllowed('PATCH'));

  router
    .route('/devices')
    .get(async (req, res) => {
      const body: AdminDevicesResponse = { devices: await listDevices(ctx, authOf(req)) };
      res.json(body);
    })
    .all(methodNotAllowed('GET'));

  router
    .route('/devices/:sessionId/revoke')
    .post(async (req, res) => {
      const device = await revokeDevice(ctx, authOf(req), req.params.sessionId);
      if (!device) return sendNoSuch(res, 'device');
      const body: AdminDeviceResponse = { device };
      res.json(body);
    })
    .all(methodNotAllowed('POST'));

  router
    .route('/assignments')
    .get(async (req, res) => {
      const query = parseQuery(assignmentsQuerySchema, req, res);
      if (!query) return;
      const body: AssignmentsResponse = {
        assignments: await listAssignments(ctx, authOf(req), query),
      };
      res.json(body);
    })
    .put(validateBody(putAssignmentRequestSchema), async (req, res) => {
      const change = await putAssignment(
        ctx,
        authOf(req),
        putAssignmentRequestSchema.parse(req.body),
      );
      if (!change.ok) {
        if (change.code === ErrorCode.notFound) return sendNoSuch(res, change.what);
        return sendError(
          res,
          409,
          change.code,
          'Cases can be assigned only to active managers and supervisors.',
        );
      }
      const body: AssignmentsResponse = { assignments: change.assignments };
      res.json(body);
    })
    .all(methodNotAllowed('GET', 'PUT'));

  router
    .route('/audit')
    .get(async (req, res) => {
      const query = parseQuery(auditQuerySchema, req, res);
      if (!query) return;
      const body: AuditPageResponse = await readAudit(ctx, authOf(req), query);
      res.json(body);
    })
    .all(methodNotAllowed('GET'));

  // Retention runs daily by itself; an admin can run it now and see the report at once.
  router
    .route('/retention/run')
    .post(async (req, res) => {
      const auth = authOf(req);
      const body: RetentionReport = await purgeExpiredCases(ctx, auth.user.orgId, auth.user.id);
      res.json(body);
    })
    .all(methodNotAllowed('POST'));

  return router;
}

const USER_CHANGE_REFUSALS = {
  [ErrorCode.emailTaken]: 'There is already an account with this e-mail address.',
  [ErrorCode.lastAdmin]:
    'This is the last active admin of the organisation; make someone else admin first.',
} as const;

function answerUserChange(res: Response, change: UserChange, status: 200 | 201): void {
  if (change.ok) {
    const body: AdminUserResponse = { user: change.user };
    res.status(status).json(body);
    return;
  }
  if (change.code === ErrorCode.notFound) return sendNoSuch(res, 'user');
  sendError(res, 409, change.code, USER_CHANGE_REFUSALS[change.code]);
}

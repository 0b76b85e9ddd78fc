import { Router } from 'express';
import { ErrorCode, loginRequestSchema, type LoginResponse } from '../../src/core/index';
import type { Storage } from '../db/database';
import { methodNotAllowed } from '../http/method-not-allowed';
import { sendError } from '../http/send-error';
import { validateBody } from '../http/validate-body';
import { checkCredentials } from '../services/auth-service';

export function authRouter(storage: Storage): Router {
  const router = Router();
  router
    .route('/auth/login')
    .post(validateBody(loginRequestSchema), async (req, res) => {
      const user = await checkCredentials(storage.db, loginRequestSchema.parse(req.body));
      if (!user) {
        return sendError(
          res,
          401,
          ErrorCode.invalidCredentials,
          'E-mail address or password is wrong.',
        );
      }
      const body: LoginResponse = { user };
      res.json(body);
    })
    .all(methodNotAllowed('POST'));
  return router;
}

import { Router } from 'express';
import { ErrorCode, loginRequestSchema } from '../../src/core/index';
import type { AppContext } from '../app-context';
import { authOf } from '../auth/auth-context';
import { authenticate } from '../auth/authenticate';
import { loginRateLimiters, type LoginRateLimit } from '../auth/login-rate-limit';
import { methodNotAllowed } from '../http/method-not-allowed';
import { sendError } from '../http/send-error';
import { validateBody } from '../http/validate-body';
import { logIn, logOut } from '../services/auth-service';

export function authRouter(ctx: AppContext, limits: LoginRateLimit): Router {
  const router = Router();
  const limiters = loginRateLimiters(ctx, limits);
  router
    .route('/auth/login')
    .post(limiters.perIp, validateBody(loginRequestSchema), limiters.perEmail, async (req, res) => {
      res.set('Cache-Control', 'no-store');
      const answer = await logIn(ctx, loginRequestSchema.parse(req.body), req.ip);
      if (!answer)
        return sendError(
          res,
          401,
          ErrorCode.invalidCredentials,
          'E-mail address or password is wrong.',
        );
      res.json(answer);
    })
    .all(methodNotAllowed('POST'));
  router
    .route('/auth/logout')
    .post(authenticate(ctx), async (req, res) => {
      await logOut(ctx, authOf(req));
      res.status(204).end();
    })
    .all(methodNotAllowed('POST'));
  return router;
}

import type { Logger } from 'pino';
import type { AppContext } from '../app-context';
import { purgeAllOrganisations } from './retention-service';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Purges expired closed cases once at start and then daily. With several
 * server processes each runs it; erasing what is already erased changes
 * nothing, so that is harmless.
 */
export function startDailyRetention(
  ctx: AppContext,
  logger: Logger,
): ReturnType<typeof setInterval> {
  const run = () =>
    void purgeAllOrganisations(ctx)
      .then((reports) => {
        const cases = reports.reduce((sum, r) => sum + r.cases.length, 0);
        if (cases) logger.info({ cases }, 'retention: expired closed cases erased');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'retention run failed'));
  run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return timer;
}

import type { Logger } from 'pino';
import type { AppContext } from '../app-context';
import { purgeAllOrganisations } from './retention-service';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Not during start-up: the first run waits until the server has settled. */
const FIRST_RUN_AFTER_MS = 60_000;

/**
 * Purges expired closed cases a minute after start and then daily; answers
 * the function that stops it. With several server processes each runs it;
 * erasing what is already erased changes nothing, so that is harmless.
 */
export function startDailyRetention(ctx: AppContext, logger: Logger): () => void {
  const run = () =>
    void purgeAllOrganisations(ctx)
      .then((reports) => {
        const cases = reports.reduce((sum, r) => sum + r.cases.length, 0);
        if (cases) logger.info({ cases }, 'retention: expired closed cases erased');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'retention run failed'));
  const first = setTimeout(run, FIRST_RUN_AFTER_MS);
  const daily = setInterval(run, DAY_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}

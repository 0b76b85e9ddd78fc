import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_INDICATOR_DEFINITIONS, type IndicatorDefinitionFields } from '@/core/index';
import { db } from '@/db/database';

/**
 * The indicators to compute: the organisation's own definitions when it has
 * any, otherwise the state's defaults (*eigenständiges Leben*).
 */
export function useIndicatorDefinitions(): readonly IndicatorDefinitionFields[] | undefined {
  return useLiveQuery(async () => {
    const own = (await db.indicatorDefinitions.toArray()).filter((d) => !d.deleted);
    return own.length > 0
      ? own.sort((a, b) => a.key.localeCompare(b.key))
      : DEFAULT_INDICATOR_DEFINITIONS;
  }, []);
}

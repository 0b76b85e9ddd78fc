import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_LIFE_AREAS, type LifeAreaFields } from '@/core/index';
import { db } from '../database';

/** The organisation's life areas: the state's defaults, overridden or extended by its own rows. */
export function useLifeAreas(): LifeAreaFields[] {
  const own = useLiveQuery(() => db.lifeAreas.toArray(), []) ?? [];
  const byKey = new Map(DEFAULT_LIFE_AREAS.map((area) => [area.key, area]));
  for (const row of own) if (!row.deleted) byKey.set(row.key, row);
  return [...byKey.values()].filter((a) => a.active).sort((a, b) => a.order - b.order);
}

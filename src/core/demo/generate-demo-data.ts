import { createDemoContext } from './demo-context';
import { dayOf } from './demo-dates';
import { createDemoIdFactory } from './demo-ids';
import { createDemoRandom } from './demo-random';
import type { DemoRecord } from './demo-record';
import { generateGroupOffers } from './group-offers';
import { generateClients } from './households';
import { generatePartners } from './partners';

export type { DemoRecord } from './demo-record';

export interface DemoDataOptions {
  /** How many clients (each with one case file) to make. */
  clients: number;
  /** Same seed, same data: fields and ids alike. Defaults to 1. */
  seed?: number;
  /** The day the data is made for, `YYYY-MM-DD`; no date lies after it where the schemas forbid it. */
  today: string;
  /** The organisation the records belong to; mixed into the ids so organisations never share one. */
  orgId: string;
  /** Managers to assign cases to, one per case at random; without them cases stay unassigned. */
  managerIds?: readonly string[];
}

/**
 * Synthetic demo data for one organisation: ~30 partners, `clients` clients
 * with case file, plan, contacts, outcome and referrals (a third of them in
 * households), and a few group offers. About 40 records per client. Every
 * name is synthetic. Records are valid against RECORD_SCHEMAS when "today"
 * is `options.today`; life areas and indicator definitions are configuration
 * and are not generated.
 */
export function generateDemoData(options: DemoDataOptions): DemoRecord[] {
  const seed = options.seed ?? 1;
  const context = createDemoContext({
    random: createDemoRandom(seed),
    ids: createDemoIdFactory(seed, options.orgId),
    today: dayOf(options.today),
    managerIds: options.managerIds ?? [],
  });
  const partners = generatePartners(context);
  const cases = generateClients(context, partners, Math.max(0, Math.floor(options.clients)));
  generateGroupOffers(context, cases);
  return context.records;
}

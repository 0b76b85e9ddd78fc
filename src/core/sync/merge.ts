/**
 * Field-level merge, the same code on every device and on the server
 * (DESIGN.md, sync model): last writer wins per field by HLC stamp.
 *
 * - A deletion is the stamped field `deleted`; it merges like any other field,
 *   so a concurrent edit of another field survives a delete and vice versa.
 * - An erasure (GDPR) is the stamped field `erased`. It beats everything,
 *   whatever the stamps: an erased record keeps only its id, `deleted`,
 *   `erased` and their stamps, and nothing merged later brings data back.
 * - Equal stamps mean the same write arriving again: nothing changes, which
 *   is what makes re-sending harmless.
 */
export interface FieldState {
  fields: Record<string, unknown>;
  stamps: Record<string, string>;
}

/** A value that a newer one replaced, kept so that a person can see and restore it. */
export interface ReplacedValue {
  field: string;
  value: unknown;
  stamp: string;
}

export interface MergeResult extends FieldState {
  /** Fields whose value or stamp the merge took from the incoming side. */
  taken: string[];
  /** The current values that incoming fields replaced. */
  replaced: ReplacedValue[];
  /** Incoming fields that lost to a newer current value, with the incoming value. */
  lost: ReplacedValue[];
}

export const ERASED_FIELD = 'erased';
export const DELETED_FIELD = 'deleted';

export function isErased(state: FieldState | undefined): boolean {
  return state?.fields[ERASED_FIELD] === true;
}

/** What is left of a record after an erasure: its tombstone, nothing else. */
export function erasedState(stamp: string): FieldState {
  return {
    fields: { [DELETED_FIELD]: true, [ERASED_FIELD]: true },
    stamps: { [DELETED_FIELD]: stamp, [ERASED_FIELD]: stamp },
  };
}

export function mergeFields(current: FieldState | undefined, incoming: FieldState): MergeResult {
  if (isErased(current))
    return {
      ...current!,
      taken: [],
      replaced: [],
      lost: lostFields(incoming, Object.keys(incoming.fields)),
    };
  if (isErased(incoming)) {
    const stamp = incoming.stamps[ERASED_FIELD]!;
    return { ...erasedState(stamp), taken: [DELETED_FIELD, ERASED_FIELD], replaced: [], lost: [] };
  }
  const fields = { ...(current?.fields ?? {}) };
  const stamps = { ...(current?.stamps ?? {}) };
  const taken: string[] = [];
  const replaced: ReplacedValue[] = [];
  const lost: string[] = [];
  for (const [field, stamp] of Object.entries(incoming.stamps)) {
    if (!(field in incoming.fields)) continue;
    const currentStamp = stamps[field];
    if (currentStamp === undefined || stamp > currentStamp) {
      if (currentStamp !== undefined)
        replaced.push({ field, value: fields[field] ?? null, stamp: currentStamp });
      fields[field] = incoming.fields[field];
      stamps[field] = stamp;
      taken.push(field);
    } else if (stamp < currentStamp) {
      lost.push(field);
    }
  }
  return { fields, stamps, taken, replaced, lost: lostFields(incoming, lost) };
}

function lostFields(incoming: FieldState, names: string[]): ReplacedValue[] {
  return names
    .filter((field) => incoming.stamps[field] !== undefined)
    .map((field) => ({
      field,
      value: incoming.fields[field] ?? null,
      stamp: incoming.stamps[field]!,
    }));
}

/**
 * Whether an incoming edit of a field was made without knowing the value the
 * field holds now: the device last saw `base` (undefined: it never saw a value),
 * and the current stamp is newer than that. Only then can one of the two values
 * be silently lost, so only then is the loser kept as a conflict.
 */
export function isConcurrent(currentStamp: string | undefined, base: string | undefined): boolean {
  return currentStamp !== undefined && currentStamp > (base ?? '');
}

/**
 * The stamps of a row in their compact wire form: the most frequent stamp once,
 * and only the fields that differ from it. A record created in one go carries
 * one stamp for all its fields.
 */
export interface CompactStamps {
  stamp?: string;
  stamps?: Record<string, string>;
}

export function compactStamps(stamps: Record<string, string>): CompactStamps {
  const counts = new Map<string, number>();
  let common: string | undefined;
  let best = 0;
  for (const stamp of Object.values(stamps)) {
    const count = (counts.get(stamp) ?? 0) + 1;
    counts.set(stamp, count);
    if (count > best) [common, best] = [stamp, count];
  }
  if (common === undefined) return {};
  const exceptions = Object.entries(stamps).filter(([, stamp]) => stamp !== common);
  return exceptions.length
    ? { stamp: common, stamps: Object.fromEntries(exceptions) }
    : { stamp: common };
}

/** Every field's stamp from the compact form: the fields listed, else the common stamp. */
export function expandStamps(
  fieldNames: Iterable<string>,
  compact: CompactStamps,
): Record<string, string> {
  const stamps: Record<string, string> = {};
  for (const name of fieldNames) {
    const stamp = compact.stamps?.[name] ?? compact.stamp;
    if (stamp !== undefined) stamps[name] = stamp;
  }
  return stamps;
}

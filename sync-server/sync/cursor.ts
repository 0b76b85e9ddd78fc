import { Role } from '../../src/core/index';

/**
 * A cursor names a point in an organisation's change log: the sequence number
 * and the random tag of the entry there. The tag lets a server that was
 * restored from a backup see that a cursor comes from a history it lost
 * (its own entry under that number, if any, has another tag).
 *
 * While a pull goes on over several pages, the cursor also remembers where
 * the device's state was complete when the pull began (`since`): a record
 * delivered on a later page carries every field changed after that point,
 * even fields changed before the page's own position — rows are ordered by
 * their latest change, not their first. And it remembers whether the device
 * needs tombstones of erased records: not on its very first pull, when it
 * holds nothing.
 *
 * And it remembers the role whose view the device holds (`view`): when the
 * person's role changes, what they may see changes, and an old cursor would
 * skip every record of their new view that did not change since. Cursors
 * made before the view was recorded carry none: taken as the current role.
 */
export interface Cursor {
  seq: number;
  tag: string;
  since: number;
  tombstones: boolean;
  view: Role | null;
}

const START_CURSOR: Cursor = { seq: 0, tag: '', since: 0, tombstones: false, view: null };

/** The cursor after a complete pull: everything up to `seq` that `view` sees is on the device. */
export function completeCursor(seq: number, tag: string, view: Role | null): Cursor {
  return { seq, tag, since: seq, tombstones: seq > 0, view };
}

const VIEW_LETTERS: Record<Role, string> = {
  [Role.manager]: 'm',
  [Role.supervisor]: 's',
  [Role.admin]: 'a',
};
const VIEWS = new Map(Object.entries(VIEW_LETTERS).map(([role, letter]) => [letter, role as Role]));

export function encodeCursor(cursor: Cursor): string {
  if (cursor.seq === 0 && !cursor.tombstones) return '0';
  const point = `${cursor.seq}.${cursor.tag || '00000000'}`;
  const place =
    cursor.since === cursor.seq && cursor.tombstones
      ? point
      : `${point}.${cursor.since}.${cursor.tombstones ? 1 : 0}`;
  return cursor.view ? `${place}~${VIEW_LETTERS[cursor.view]}` : place;
}

/** Undefined for a string that is no cursor of ours. */
export function decodeCursor(text: string | null): Cursor | undefined {
  if (text === null || text === '0') return START_CURSOR;
  const match = /^(\d{1,16})\.([0-9a-f]{8})(?:\.(\d{1,16})\.([01]))?(?:~([msa]))?$/.exec(text);
  if (!match) return undefined;
  const seq = Number(match[1]);
  const view = match[5] ? VIEWS.get(match[5])! : null;
  if (match[3] === undefined) return seq === 0 ? undefined : completeCursor(seq, match[2]!, view);
  const since = Number(match[3]);
  if (since > seq) return undefined;
  return { seq, tag: seq === 0 ? '' : match[2]!, since, tombstones: match[4] === '1', view };
}

/**
 * Where a pull starts for a device whose cursor was made for another role
 * than the person has now: from the beginning, with tombstones (the device
 * holds data), so that everything of the new view comes whatever its age.
 */
export function restartForView(view: Role): Cursor {
  return { seq: 0, tag: '', since: 0, tombstones: true, view };
}

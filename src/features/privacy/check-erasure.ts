import { erasureRequestSchema, toRecordIssues, type ErasureRequest } from '@/core/index';
import type { RecordIssue } from '@/core/index';

export interface ErasureInput {
  reference: string;
  /** Typed by the person to confirm which client they mean. */
  lastName: string;
}

export type LastNameProblem = 'required' | 'mismatch';

export type ErasureCheck =
  | { ok: true; request: ErasureRequest }
  | { ok: false; reference: RecordIssue | undefined; lastName: LastNameProblem | undefined };

/** As a person reads a name: case, surrounding and doubled spaces, and Unicode form do not count. */
function comparable(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

/**
 * Whether an erasure may be sent: the request's reference as the server will
 * check it, and the client's last name typed again, so that nobody erases
 * the wrong person by a slip on the wrong case.
 */
export function checkErasure(input: ErasureInput, clientLastName: string): ErasureCheck {
  const parsed = erasureRequestSchema.safeParse({ reference: input.reference });
  const typed = comparable(input.lastName);
  const lastName: LastNameProblem | undefined = !typed
    ? 'required'
    : typed !== comparable(clientLastName)
      ? 'mismatch'
      : undefined;
  if (parsed.success && !lastName) return { ok: true, request: parsed.data };
  return {
    ok: false,
    reference: parsed.success ? undefined : toRecordIssues(parsed.error)[0],
    lastName,
  };
}

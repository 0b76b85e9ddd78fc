import type { TFunction } from 'i18next';
import type { CaseLabel } from '@/db/queries/use-sync-overview';

/** `Amal Haddad (IM-2026-1A2B3C)`, or whichever half this device knows. */
export function caseName(t: TFunction, label: CaseLabel): string {
  if (label.clientName && label.caseNumber) return `${label.clientName} (${label.caseNumber})`;
  return label.clientName ?? label.caseNumber ?? t('sync:kept.unknownCase');
}

import type { TFunction } from 'i18next';
import type { AuditEntry } from '@/core/index';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** What an entry concerns: an account, a device session, a case, or the organisation as a whole. */
export function auditTarget(t: TFunction, { targetType, targetId, details }: AuditEntry): string {
  if (!targetType) return t('common:none');
  const type = t(`admin:audit.targetTypes.${targetType}`, { defaultValue: targetType });
  if (targetType === 'organisation') return type;
  const name =
    (targetType === 'session' && text(details.deviceName)) ||
    (targetType === 'user' && text(details.email)) ||
    targetId;
  return name ? `${type}: ${name}` : type;
}

/** The details worth reading beside the target (never passwords: the server keeps none). */
export function auditNote(t: TFunction, { details }: AuditEntry): string {
  const parts: string[] = [];
  const reason = text(details.reason);
  if (reason) parts.push(t(`admin:audit.reasons.${reason}`, { defaultValue: reason }));
  const role = text(details.role);
  if (role) parts.push(t('admin:audit.role', { role: t(`admin:roles.${role}`) }));
  if (typeof details.disabled === 'boolean')
    parts.push(t(details.disabled ? 'admin:audit.disabled' : 'admin:audit.enabled'));
  const ip = text(details.ip);
  if (ip) parts.push(t('admin:audit.ip', { ip }));
  return parts.join(' · ');
}

/** The action in the reader's language; an action this version does not know shows its code. */
export function auditActionText(t: TFunction, action: string): string {
  return t(`admin:audit.actions.${action}`, { defaultValue: action });
}

import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const ADMIN_TABS = ['users', 'devices', 'assignments', 'audit'] as const;
export type AdminTab = (typeof ADMIN_TABS)[number];

export function tabId(tab: AdminTab) {
  return `admin-tab-${tab}`;
}

export function panelId(tab: AdminTab) {
  return `admin-panel-${tab}`;
}

/** The admin page's sections as tabs (WAI-ARIA tabs pattern: arrow keys move between them). */
export function AdminTabs({
  current,
  onSelect,
}: {
  current: AdminTab;
  onSelect: (tab: AdminTab) => void;
}) {
  const { t } = useTranslation('admin');
  const buttons = useRef<Partial<Record<AdminTab, HTMLButtonElement | null>>>({});

  function onKeyDown(event: KeyboardEvent) {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const index = ADMIN_TABS.indexOf(current);
    const next = ADMIN_TABS[(index + step + ADMIN_TABS.length) % ADMIN_TABS.length]!;
    onSelect(next);
    buttons.current[next]?.focus();
  }

  return (
    <div
      role="tablist"
      aria-label={t('tabs.label')}
      className="tabs admin-tabs"
      onKeyDown={onKeyDown}
    >
      {ADMIN_TABS.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            buttons.current[tab] = el;
          }}
          type="button"
          role="tab"
          id={tabId(tab)}
          aria-selected={tab === current}
          aria-controls={panelId(tab)}
          tabIndex={tab === current ? 0 : -1}
          className={tab === current ? 'tab active' : 'tab'}
          onClick={() => onSelect(tab)}
        >
          {t(`tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}

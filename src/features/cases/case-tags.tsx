import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateRecord } from '@/db/records/write-records';
import { TagForm } from './tag-form';

/** The case's tags: shown as badges, each removable, and a form to add one. */
export function CaseTags({ caseId, tags }: { caseId: string; tags: string[] }) {
  const { t } = useTranslation('cases');
  const [added, setAdded] = useState(0);

  async function remove(tag: string) {
    await updateRecord('caseFiles', caseId, { tags: tags.filter((x) => x !== tag) });
  }

  return (
    <section className="case-tags" aria-labelledby={`case-tags-${caseId}`}>
      <h2 id={`case-tags-${caseId}`}>{t('tags.heading')}</h2>
      {tags.length === 0 ? (
        <p className="muted">{t('tags.none')}</p>
      ) : (
        <ul className="tag-list">
          {tags.map((tag) => (
            <li key={tag} className="badge tag">
              <span>{tag}</span>
              <button type="button" className="tag-remove" onClick={() => void remove(tag)}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{t('tags.remove', { tag })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* A new form after each added tag: empty, with no draft left behind. */}
      <TagForm key={added} caseId={caseId} tags={tags} onAdded={() => setAdded((n) => n + 1)} />
    </section>
  );
}

import type { TFunction } from 'i18next';
import type { LifeAreaFields } from '@/core/index';
import { labelText } from '@/components/label-text';
import type { TimelineEntry } from './collect-timeline';

interface SummaryContext {
  t: TFunction<'contacts'>;
  language: string;
  lifeAreas: LifeAreaFields[];
}

const firstLine = (text: string | undefined) => text?.split(/\r?\n/)[0]?.trim() ?? '';
const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');

/** One line saying what an entry of the case history was. */
export function timelineSummary(entry: TimelineEntry, { t, language, lifeAreas }: SummaryContext) {
  switch (entry.kind) {
    case 'contact': {
      const { contact, groupTitle } = entry;
      const head = t('timeline.contact', {
        mode: t(`modes.${contact.mode}`),
        duration: contact.durationMinutes,
      });
      const note = firstLine(contact.note);
      return joined(
        head,
        groupTitle && t('list.groupOffer', { title: groupTitle }),
        note !== groupTitle ? note : undefined,
      );
    }
    case 'goal': {
      const area = lifeAreas.find((a) => a.key === entry.goal.lifeAreaKey);
      return t('timeline.goal', {
        area: area ? labelText(area.label, language) : t('timeline.unknownArea'),
        text: firstLine(entry.goal.text),
        status: t(`goalStatuses.${entry.goal.status}`),
      });
    }
    case 'review':
      return t(entry.review.agreed ? 'timeline.reviewAgreed' : 'timeline.review', {
        summary: firstLine(entry.review.summary),
      });
    case 'planVersion':
      return t('timeline.planVersion', { number: entry.version.number });
    case 'referral':
      return joined(
        t('timeline.referral', {
          partner: entry.partnerName ?? t('timeline.unknownPartner'),
          status: t(`referralStatuses.${entry.referral.status}`),
        }),
        firstLine(entry.referral.note),
      );
    case 'caseOpened':
      return t('timeline.caseOpened', { caseNumber: entry.caseFile.caseNumber });
    case 'caseStatus':
      return joined(
        t('timeline.caseStatus', { status: t(`caseStatuses.${entry.caseFile.status}`) }),
        firstLine(entry.caseFile.statusReason),
      );
  }
}

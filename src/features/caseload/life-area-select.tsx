import { useTranslation } from 'react-i18next';
import { labelText } from '@/components/label-text';
import { useLifeAreas } from '@/db/queries/use-life-areas';

interface LifeAreaSelectProps {
  value: string;
  onChange: (lifeAreaKey: string) => void;
}

/**
 * The life-area filter. Loaded as a chunk of its own after the list: the
 * configured life areas come with the record schemas (zod), which would not
 * fit into the first screen's JavaScript budget.
 */
export default function LifeAreaSelect({ value, onChange }: LifeAreaSelectProps) {
  const { t, i18n } = useTranslation('caseload');
  const lifeAreas = useLifeAreas();
  return (
    <select
      id="caseload-life-area"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t('filters.allLifeAreas')}</option>
      {lifeAreas.map((area) => (
        <option key={area.key} value={area.key}>
          {labelText(area.label, i18n.language)}
        </option>
      ))}
    </select>
  );
}

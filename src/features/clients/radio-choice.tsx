import { useFormContext } from 'react-hook-form';
import type { Option } from '@/components/form/fields';

/** One choice among a few, shown all at once as radio buttons (large touch targets). */
export function RadioChoice({
  name,
  label,
  options,
}: {
  name: string;
  label: string;
  options: Option[];
}) {
  const { register } = useFormContext();
  return (
    <fieldset className="field radio-choice">
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value} className="checkbox">
          <input type="radio" value={o.value} {...register(name)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

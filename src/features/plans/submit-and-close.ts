import type { WriteResult } from '@/core/index';
import type { DraftForm } from '@/components/form/use-draft-form';
import type { FieldValues } from 'react-hook-form';

/** A submit handler that saves through the draft form and closes the form only when the save went through. */
export function submitAndClose<V extends FieldValues>(
  submit: DraftForm<V>['submit'],
  save: (values: V) => Promise<WriteResult>,
  close: () => void,
): (e?: React.BaseSyntheticEvent) => Promise<void> {
  return async (e) => {
    let saved = false;
    await submit(async (values) => {
      const result = await save(values);
      saved = result.ok;
      return result;
    })(e);
    if (saved) close();
  };
}

import { useEffect, useRef, useState } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import type { RecordIssue, WriteResult } from '@/core/index';
import { discardDraft, readDraft, saveDraft } from '@/db/drafts';
import { encodeIssue, recordResolver } from './record-resolver';

const SAVE_DELAY_MS = 300;

export interface DraftForm<V extends FieldValues> {
  form: UseFormReturn<V, unknown, V>;
  /** False until a stored draft (if any) has been restored; render the form only then. */
  ready: boolean;
  /** Whether the values shown came from an unsaved draft. */
  restored: boolean;
  /**
   * Validates, calls `save`, shows refused fields beside their inputs, and on
   * success drops the draft and calls `onSaved` (e.g. to close the form).
   */
  submit: (
    save: (values: V) => Promise<WriteResult<unknown>>,
    onSaved?: () => void,
  ) => (e?: React.BaseSyntheticEvent) => Promise<void>;
  discard: () => Promise<void>;
}

/**
 * A form validated by a schema from src/core whose values are kept as a
 * draft on the device while typing, so that a reload, a crash or a closed tab
 * never loses them.
 */
export function useDraftForm<V extends FieldValues>(
  draftKey: string,
  schema: z.ZodType,
  defaults: DefaultValues<V>,
): DraftForm<V> {
  const form = useForm<V, unknown, V>({
    resolver: recordResolver<V>(schema),
    defaultValues: defaults,
    mode: 'onTouched',
  });
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const defaultsRef = useRef(defaults);
  const pendingWrite = useRef<() => Promise<void>>(undefined);

  useEffect(() => {
    let active = true;
    void readDraft(draftKey).then((draft) => {
      if (!active) return;
      if (draft) {
        form.reset({ ...defaults, ...draft });
        setRestored(true);
      }
      setReady(true);
    });
    return () => {
      active = false;
    };
    // The draft is read once per key; later changes of `defaults` must not overwrite typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey]);

  function flushPending() {
    clearTimeout(timer.current);
    const write = pendingWrite.current;
    pendingWrite.current = undefined;
    void write?.();
  }

  function cancelPending() {
    clearTimeout(timer.current);
    pendingWrite.current = undefined;
  }

  useEffect(() => {
    if (!ready) return;
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        // A form back at its defaults (after a reset, a discard or a save) holds nothing worth keeping.
        const untouched = JSON.stringify(values) === JSON.stringify(defaultsRef.current);
        pendingWrite.current = untouched
          ? () => discardDraft(draftKey)
          : () => saveDraft(draftKey, values);
        clearTimeout(timer.current);
        timer.current = setTimeout(flushPending, SAVE_DELAY_MS);
      },
    });
    // Leaving the screen or closing the tab within the delay must not lose the last keystrokes.
    window.addEventListener('pagehide', flushPending);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flushPending);
      flushPending();
    };
  }, [draftKey, form, ready]);

  function showIssues(issues: RecordIssue[]) {
    for (const issue of issues)
      form.setError((issue.path || 'root') as Path<V>, {
        type: issue.key,
        message: encodeIssue(issue),
      });
  }

  return {
    form,
    ready,
    restored,
    submit: (save, onSaved) =>
      form.handleSubmit(async (values) => {
        cancelPending();
        const result = await save(values);
        if (!result.ok) return showIssues(result.issues);
        await discardDraft(draftKey);
        setRestored(false);
        onSaved?.();
      }),
    async discard() {
      // The form empties at once; the stored draft goes after.
      cancelPending();
      form.reset(defaults);
      setRestored(false);
      await discardDraft(draftKey);
    },
  };
}

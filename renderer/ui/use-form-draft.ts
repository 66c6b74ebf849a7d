import { useState } from 'react';
import type { z } from 'zod';
import { fieldErrors, withoutErrorsFor } from './field-errors';

/**
 * The state of a dialog's form: the draft, per-field errors that clear as their field is edited, and a submit that
 * validates `toInput(draft)` with the schema, saves, and closes on success.
 */
export function useFormDraft<D extends object, T>(options: {
  initial: D | (() => D);
  schema: z.ZodType<T>;
  toInput?: (draft: D) => unknown;
  onSave: (value: T) => Promise<boolean>;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState<D>(options.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const edit = (change: Partial<D>) => {
    setDraft((d) => ({ ...d, ...change }));
    setErrors((e) => withoutErrorsFor(e, change));
  };

  async function submit() {
    const parsed = options.schema.safeParse(options.toInput ? options.toInput(draft) : draft);
    setErrors(fieldErrors(parsed));
    if (!parsed.success) return;
    setSaving(true);
    const saved = await options.onSave(parsed.data);
    setSaving(false);
    if (saved) options.onDone();
  }

  return { draft, edit, errors, saving, submit };
}

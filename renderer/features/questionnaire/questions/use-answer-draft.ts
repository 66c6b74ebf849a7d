import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { answerInputSchema, emptyAnswer, type Answer, type AnswerInput } from '../../../../shared/questionnaire/answer';
import { useAppStore } from '../../../store';
import { fieldErrors } from '../../../ui/field-errors';

/** The answer fields the form edits; evidence and records are saved by their own actions. */
export type AnswerFields = Pick<AnswerInput, 'status' | 'naReason' | 'achieved' | 'target' | 'notes'>;

export type SaveState = 'unchanged' | 'editing' | 'saving' | 'saved' | 'invalid' | 'failed';

const TEXT_SAVE_DELAY_MS = 400;

const fieldsOf = ({ status, naReason, achieved, target, notes }: AnswerInput): AnswerFields => ({ status, naReason, achieved, target, notes });

/**
 * One requirement's answer form with autosave: choices save at once, typing after a pause or on blur, and leaving
 * the requirement saves what is pending. A draft the schema refuses (N/A without a reason) is held, not saved, and
 * its messages are returned for the form to show; leaving with one reports it.
 */
export function useAnswerDraft(requirementId: string, stored: Answer | undefined) {
  const saveAnswer = useAppStore((s) => s.saveAnswer);
  const notify = useAppStore((s) => s.notify);
  const [draft, setDraft] = useState(() => fieldsOf(stored ?? emptyAnswer(requirementId)));
  const [state, setState] = useState<SaveState>('unchanged');
  const latest = useRef(draft);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const saveCount = useRef(0);

  const check = useCallback((fields: AnswerFields) => answerInputSchema.safeParse({ ...emptyAnswer(requirementId), ...fields }), [requirementId]);
  const errors = useMemo(() => fieldErrors(check(draft)), [check, draft]);

  const save = useCallback(async (): Promise<SaveState> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current) return 'unchanged';
    const fields = latest.current;
    if (!check(fields).success) {
      setState('invalid');
      return 'invalid';
    }
    dirty.current = false;
    const n = ++saveCount.current;
    setState('saving');
    const ok = await saveAnswer(requirementId, fields);
    if (!ok) dirty.current = true;
    // An earlier save finishing after a later one started must not claim the later one is done.
    const outcome = ok ? 'saved' : 'failed';
    if (n === saveCount.current) setState(outcome);
    return outcome;
  }, [check, requirementId, saveAnswer]);

  const edit = useCallback(
    (change: Partial<AnswerFields>, when: 'now' | 'after-typing' = 'now') => {
      latest.current = { ...latest.current, ...change };
      dirty.current = true;
      setDraft(latest.current);
      if (when === 'now') {
        void save();
        return;
      }
      setState('editing');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), TEXT_SAVE_DELAY_MS);
    },
    [save],
  );

  useEffect(
    () => () => {
      void save().then((outcome) => {
        if (outcome !== 'invalid') return;
        const message = Object.values(fieldErrors(check(latest.current)))[0];
        notify('error', `${requirementId} was not saved: ${message ?? 'the answer is incomplete'}.`);
      });
    },
    [check, notify, requirementId, save],
  );

  return { draft, edit, save, state, errors };
}

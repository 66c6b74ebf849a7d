import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { MaturityLevel } from '../../../../shared/catalogue/types';
import type { AnswerStatus } from '../../../../shared/questionnaire/answer';

export type QuestionKeyAction =
  | { kind: 'move'; by: 1 | -1 }
  | { kind: 'status'; status: AnswerStatus }
  | { kind: 'achieved' | 'target'; level: MaturityLevel }
  | { kind: 'search' };

/** The answering keys, also shown in the legend and on the buttons they press. */
export const STATUS_KEYS: Record<AnswerStatus, string> = {
  implemented: 'I',
  partial: 'P',
  'not-implemented': 'N',
  'not-applicable': 'A',
  'not-assessed': 'U',
};

const STATUS_BY_KEY = new Map(Object.entries(STATUS_KEYS).map(([status, key]) => [key.toLowerCase(), status as AnswerStatus]));

/** What a key press means on the Questions tab, or null. Digits go by physical key so Shift+1 is target 1 on any layout. */
export function questionKeyAction(e: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey'>): QuestionKeyAction | null {
  const digit = /^(?:Digit|Numpad)([1-4])$/.exec(e.code)?.[1];
  if (digit) return { kind: e.shiftKey ? 'target' : 'achieved', level: Number(digit) as MaturityLevel };
  const key = e.key.toLowerCase();
  if (key === 'j' || e.key === 'ArrowDown') return { kind: 'move', by: 1 };
  if (key === 'k' || e.key === 'ArrowUp') return { kind: 'move', by: -1 };
  if (e.key === '/') return { kind: 'search' };
  const status = STATUS_BY_KEY.get(key);
  return status ? { kind: 'status', status } : null;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'color', 'range']);

/** Focus in a field that takes typing (or a select, whose letters pick options): answering keys stay out of its way. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable;
}

/**
 * Calls `handle` for answering keys pressed outside text fields and dialogs, without modifiers other than Shift;
 * a key it handles (returns true for) does nothing else, so e.g. "A" is not typed into the field it focuses.
 */
export function useQuestionKeys(handle: (action: QuestionKeyAction) => boolean) {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextEntry(e.target)) return;
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      const action = questionKeyAction(e);
      if (action && latest.current(action)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Esc in a text field hands the keyboard back to the answering keys (the field saves on blur). */
export const leaveOnEscape = (leave: () => void) => (e: ReactKeyboardEvent) => {
  if (e.key !== 'Escape') return;
  e.preventDefault();
  leave();
};

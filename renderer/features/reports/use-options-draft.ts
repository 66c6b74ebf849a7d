import { useEffect, useMemo, useRef, useState } from 'react';
import { reportOptionsSchema, type ReportOptions } from '../../../shared/report/options';
import { useAppStore } from '../../store';
import { fieldErrors } from '../../ui/field-errors';

const SAVE_DELAY_MS = 500;

/**
 * The options form's draft, its per-field errors, and the valid options it stands for (null while a field needs
 * fixing). Valid edits are stored a moment after the last change and when the screen closes, so they are there
 * next time; an invalid draft left behind is reported instead.
 */
export function useOptionsDraft(assessmentId: string, stored: ReportOptions) {
  const saveReportOptions = useAppStore((s) => s.saveReportOptions);
  const notify = useAppStore((s) => s.notify);
  const [draft, setDraft] = useState(stored);
  const [edited, setEdited] = useState(false);
  const parsed = useMemo(() => reportOptionsSchema.safeParse(draft), [draft]);
  const errors = useMemo(() => fieldErrors(parsed), [parsed]);

  const pending = useRef<{ save: ReportOptions } | { problem: string } | null>(null);
  useEffect(() => {
    if (!edited) return;
    pending.current = parsed.success ? { save: parsed.data } : { problem: parsed.error.issues[0]?.message ?? 'a field needs fixing' };
    if (!parsed.success) return;
    const timer = setTimeout(() => {
      pending.current = null;
      void saveReportOptions(assessmentId, parsed.data);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [edited, parsed, assessmentId, saveReportOptions]);
  useEffect(() => {
    const latest = pending;
    return () => {
      const last = latest.current;
      if (last && 'save' in last) void saveReportOptions(assessmentId, last.save);
      else if (last) notify('error', `Your last changes to the report options were not saved: ${last.problem}.`);
    };
  }, [assessmentId, saveReportOptions, notify]);

  const edit = (change: Partial<ReportOptions>) => {
    setDraft((d) => ({ ...d, ...change }));
    setEdited(true);
  };

  return { draft, edit, errors, options: parsed.success ? parsed.data : null };
}

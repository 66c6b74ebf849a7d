import { useEffect, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import { SYSTEM_KIND_LABELS, scopeInputSchema, systemKindEntries, type ScopeInput, type Stakeholder, type SystemKindEntry } from '../../../shared/scope/scope';
import { useAppStore } from '../../store';
import { FormField } from '../../ui/FormField';
import { StakeholdersTable } from './StakeholdersTable';
import { SystemKindsFieldset } from './SystemKindsFieldset';

const isBlank = (s: Stakeholder) => !s.name.trim() && !s.role.trim() && !s.organisation.trim() && !s.interviewedOn;

/** What gets saved: every kind in order, and no stakeholder row that was added but never filled in. */
function toSave(draft: ScopeInput): ScopeInput {
  return { ...draft, systemKinds: systemKindEntries(draft), stakeholders: draft.stakeholders.filter((s) => !isBlank(s)) };
}

interface FormErrors {
  kinds: Partial<Record<SystemKindEntry['kind'], string>>;
  stakeholders: Partial<Record<string, string>>;
  other: string[];
}

/** The schema's messages, placed beside the kind or stakeholder they are about. */
function formErrors(issues: z.ZodError['issues'], checked: ScopeInput): FormErrors {
  const errors: FormErrors = { kinds: {}, stakeholders: {}, other: [] };
  for (const { path, message } of issues) {
    const [list, index] = path;
    const kind = list === 'systemKinds' && typeof index === 'number' ? checked.systemKinds[index]?.kind : undefined;
    const stakeholder = list === 'stakeholders' && typeof index === 'number' ? checked.stakeholders[index]?.id : undefined;
    if (kind) errors.kinds[kind] ??= message;
    else if (stakeholder) errors.stakeholders[stakeholder] ??= message;
    else errors.other.push(message);
  }
  return errors;
}

/** The first problem, saying which kind or stakeholder it is about. */
function firstProblem(issues: z.ZodError['issues'], checked: ScopeInput): string {
  const { kinds, stakeholders, other } = formErrors(issues, checked);
  const [kind, kindMessage] = Object.entries(kinds)[0] ?? [];
  if (kind) return `${SYSTEM_KIND_LABELS[kind as SystemKindEntry['kind']]}: ${kindMessage}`;
  return Object.values(stakeholders)[0] ?? other[0] ?? 'a field needs fixing';
}

type SaveState = 'saved' | 'unsaved' | 'saving' | 'invalid';

const STATE_TEXT: Record<SaveState, string> = {
  saved: 'All changes saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  invalid: 'Not saved: fix the marked fields',
};

/**
 * The scope statement, boundaries, systems in and out of scope, and stakeholders. Saves on Save, whenever focus
 * leaves a field, and when the screen closes; an invalid draft is kept on screen with its errors until fixed.
 */
export function ScopeForm({ assessmentId, stored }: { assessmentId: string; stored: ScopeInput }) {
  const saveScope = useAppStore((s) => s.saveScope);
  const notify = useAppStore((s) => s.notify);
  const [draft, setDraft] = useState<ScopeInput>(() => toSave(stored));
  const [savedKey, setSavedKey] = useState(() => JSON.stringify(scopeInputSchema.safeParse(toSave(stored)).data ?? null));
  const [saving, setSaving] = useState(false);
  const [showErrors, setShowErrors] = useState(false);

  const candidate = useMemo(() => toSave(draft), [draft]);
  const parsed = useMemo(() => scopeInputSchema.safeParse(candidate), [candidate]);
  const dirty = !parsed.success || JSON.stringify(parsed.data) !== savedKey;
  const errors = !parsed.success && showErrors ? formErrors(parsed.error.issues, candidate) : undefined;
  const state: SaveState = saving ? 'saving' : !dirty ? 'saved' : errors ? 'invalid' : 'unsaved';

  async function save() {
    if (!parsed.success) return setShowErrors(true);
    if (!dirty || saving) return;
    setSaving(true);
    const ok = await saveScope(assessmentId, parsed.data);
    setSaving(false);
    if (ok) setSavedKey(JSON.stringify(parsed.data));
  }

  // Leaving the screen without a blur (Alt+3, the sidebar) saves the last edit, or says why it could not.
  const pending = useRef<{ save: ScopeInput } | { problem: string } | null>(null);
  useEffect(() => {
    pending.current = !dirty ? null : parsed.success ? { save: parsed.data } : { problem: firstProblem(parsed.error.issues, candidate) };
  });
  useEffect(() => {
    const latest = pending;
    return () => {
      const last = latest.current;
      if (last && 'save' in last) void saveScope(assessmentId, last.save);
      else if (last) notify('error', `Your last changes to the scope were not saved: ${last.problem}.`);
    };
  }, [assessmentId, saveScope, notify]);

  const set = <K extends keyof ScopeInput>(key: K, value: ScopeInput[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setKind = (entry: SystemKindEntry) => set('systemKinds', draft.systemKinds.map((e) => (e.kind === entry.kind ? entry : e)));

  return (
    <form
      className="scope-form"
      aria-label="Scope"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onBlur={() => void save()}
    >
      <div className="form-grid">
        <FormField label="System under consideration" hint="The site, and the control system assessed in it (ZCR 1.1)." wide>
          <textarea rows={3} value={draft.sucDescription} maxLength={20000} onChange={(e) => set('sucDescription', e.target.value)} />
        </FormField>
        <FormField label="Scope statement" hint="What this assessment covers, in a sentence or two for the report." wide>
          <textarea rows={3} value={draft.statement} maxLength={20000} onChange={(e) => set('statement', e.target.value)} />
        </FormField>
        <FormField label="Boundaries and access points" hint="Logical and physical boundaries; where the system can be entered (links to IT, remote access, removable media)." wide>
          <textarea rows={3} value={draft.boundaries} maxLength={20000} onChange={(e) => set('boundaries', e.target.value)} />
        </FormField>
        <SystemKindsFieldset entries={draft.systemKinds} errors={errors?.kinds ?? {}} onChange={setKind} />
        <StakeholdersTable stakeholders={draft.stakeholders} errors={errors?.stakeholders ?? {}} onChange={(list) => set('stakeholders', list)} />
      </div>
      {errors?.other.map((message) => (
        <p key={message} className="field-error">
          {message}
        </p>
      ))}
      <div className="scope-form-footer">
        <span role="status" className={`save-state save-state-${state}`}>
          {STATE_TEXT[state]}
        </span>
        <button type="submit" className="button button-primary" disabled={saving}>
          Save scope
        </button>
      </div>
    </form>
  );
}

import { useMemo, useState } from 'react';
import type { Finding } from '../../../../shared/questionnaire/finding-drafts';
import { useAppStore } from '../../../store';
import { EmptyState } from '../../../ui/EmptyState';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import type { Zone } from '../../../../shared/scope/zones';
import { FindingDialog } from './FindingDialog';
import { sortFindings } from './finding-order';
import { FindingsTable } from './FindingsTable';

type Open = { kind: 'edit' | 'delete'; finding: Finding } | { kind: 'merge'; keep: Finding; absorb: Finding } | null;

const count = (findings: readonly Finding[], status: Finding['status']) => findings.filter((f) => f.status === status).length;

interface Props {
  findings: readonly Finding[];
  zones: readonly Zone[];
  onOpenRequirement: (requirementId: string) => void;
}

export function FindingsTab({ findings, zones, onOpenRequirement }: Props) {
  const proposeFindings = useAppStore((s) => s.proposeFindingsFromGaps);
  const saveFinding = useAppStore((s) => s.saveFinding);
  const setFindingStatus = useAppStore((s) => s.setFindingStatus);
  const mergeFindings = useAppStore((s) => s.mergeFindings);
  const deleteFinding = useAppStore((s) => s.deleteFinding);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<Open>(null);
  const sorted = useMemo(() => sortFindings(findings), [findings]);
  const chosen = sorted.filter((f) => selected.has(f.id));
  const close = () => setOpen(null);

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const propose = (
    <button type="button" className="button button-primary" onClick={() => void proposeFindings()}>
      Propose findings from gaps
    </button>
  );

  if (!findings.length)
    return (
      <EmptyState title="No findings yet" action={propose}>
        <p>
          Answer the questions, then propose findings: every requirement that is not implemented, partly implemented or below its target maturity gets
          a draft with observation and recommendation for you to edit, accept or dismiss.
        </p>
      </EmptyState>
    );

  return (
    <div className="q-findings-tab">
      <div className="q-findings-bar">
        {propose}
        <button
          type="button"
          className="button"
          disabled={chosen.length !== 2}
          title="Select exactly two findings to merge them into one"
          onClick={() => chosen.length === 2 && setOpen({ kind: 'merge', keep: chosen[0]!, absorb: chosen[1]! })}
        >
          Merge selected
        </button>
        <span className="muted" aria-live="polite">
          {findings.length} findings: {count(findings, 'draft')} draft, {count(findings, 'accepted')} accepted, {count(findings, 'dismissed')} dismissed
          {chosen.length > 0 && ` · ${chosen.length} selected`}
        </span>
      </div>
      <FindingsTable
        findings={sorted}
        selected={selected}
        onToggle={toggle}
        onOpenRequirement={onOpenRequirement}
        onEdit={(finding) => setOpen({ kind: 'edit', finding })}
        onDismiss={(finding) => void setFindingStatus(finding.id, 'dismissed')}
        onDelete={(finding) => setOpen({ kind: 'delete', finding })}
      />
      {open?.kind === 'edit' && <FindingDialog finding={open.finding} zones={zones} onCancel={close} onSave={(input) => saveFinding(open.finding.id, input)} />}
      {open?.kind === 'delete' && (
        <ConfirmDialog
          title="Delete this finding?"
          confirm="Delete finding"
          cancel="Keep it"
          danger
          onCancel={close}
          onConfirm={() => {
            close();
            void deleteFinding(open.finding.id);
          }}
        >
          <p>“{open.finding.title}” will be removed. To keep it out of the report but on record, dismiss it instead.</p>
        </ConfirmDialog>
      )}
      {open?.kind === 'merge' && (
        <ConfirmDialog
          title="Merge these two findings?"
          confirm="Merge"
          cancel="Cancel"
          onCancel={close}
          onConfirm={() => {
            close();
            setSelected(new Set());
            void mergeFindings(open.keep.id, open.absorb.id);
          }}
        >
          <p>
            “{open.absorb.title}” goes into “{open.keep.title}”: their requirements, references and texts are combined, the higher severity is kept, and
            the second finding is removed.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

import { useState } from 'react';
import { emptyAction, type RemediationAction } from '../../../../shared/risk/actions';
import type { RemediationActionContent } from '../../../../shared/risk/types';
import { useAppStore } from '../../../store';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { todayIso } from '../../../ui/format';
import type { RatedScenario } from '../risk-view';
import type { RiskData } from '../use-risk-data';
import { ActionDialog } from './ActionDialog';
import { ActionsTable } from './ActionsTable';
import { Roadmap } from './Roadmap';

type Open = { kind: 'add' } | { kind: 'edit' | 'delete'; action: RemediationAction } | null;

/** The remediation plan: actions with owners and due dates, overdue ones marked, and the roadmap by quarter. */
export function PlanTab({ assessmentId, data, rated }: { assessmentId: string; data: RiskData; rated: readonly RatedScenario[] }) {
  const addAction = useAppStore((s) => s.addAction);
  const updateAction = useAppStore((s) => s.updateAction);
  const deleteAction = useAppStore((s) => s.deleteAction);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const today = todayIso();

  const dialog = (initial: RemediationActionContent, editingId: string | undefined, onSave: (input: RemediationActionContent) => Promise<boolean>) => (
    <ActionDialog initial={initial} editingId={editingId} findings={data.findings} rated={rated} onCancel={close} onSave={onSave} />
  );

  return (
    <>
      <div className="section-header">
        <h2>Actions</h2>
        <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'add' })}>
          Add action…
        </button>
      </div>
      {data.actions.length === 0 ? (
        <p className="muted">No actions yet. Plan what closes the findings and brings the risks down to tolerable.</p>
      ) : (
        <>
          <ActionsTable
            actions={data.actions}
            today={today}
            findings={data.findings}
            rated={rated}
            onEdit={(action) => setOpen({ kind: 'edit', action })}
            onDelete={(action) => setOpen({ kind: 'delete', action })}
          />
          <Roadmap actions={data.actions} today={today} />
        </>
      )}
      {open?.kind === 'add' && dialog(emptyAction(), undefined, (input) => addAction(assessmentId, input))}
      {open?.kind === 'edit' && dialog(open.action, open.action.id, (input) => updateAction(assessmentId, open.action.id, input))}
      {open?.kind === 'delete' && (
        <ConfirmDialog
          title="Delete action?"
          confirm="Delete action"
          cancel="Keep it"
          danger
          onCancel={close}
          onConfirm={() => {
            close();
            void deleteAction(assessmentId, open.action.id);
          }}
        >
          <p>
            “<strong>{open.action.title}</strong>” will be removed from the plan.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}

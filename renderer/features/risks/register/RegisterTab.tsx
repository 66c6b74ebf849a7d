import { useState } from 'react';
import { emptyScenario } from '../../../../shared/risk/scenario';
import type { RiskScenarioContent } from '../../../../shared/risk/types';
import { useAppStore } from '../../../store';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { visibleScenarios, type RatedScenario, type RegisterView } from '../risk-view';
import type { RiskData } from '../use-risk-data';
import { RegisterFilters } from './RegisterFilters';
import { ScenarioDialog } from './ScenarioDialog';
import { ScenarioTable } from './ScenarioTable';
import { SuggestionsPanel } from './SuggestionsPanel';
import { ThreatsDialog } from './ThreatsDialog';

type Open = { kind: 'add' } | { kind: 'edit' | 'delete'; row: RatedScenario } | null;

interface Props {
  assessmentId: string;
  data: RiskData;
  rated: readonly RatedScenario[];
  view: RegisterView;
  onView: (view: RegisterView) => void;
}

/** The scenarios with their levels: filter, sort, group, add, edit, delete, and take up suggestions. */
export function RegisterTab({ assessmentId, data, rated, view, onView }: Props) {
  const addScenario = useAppStore((s) => s.addScenario);
  const updateScenario = useAppStore((s) => s.updateScenario);
  const deleteScenario = useAppStore((s) => s.deleteScenario);
  const [open, setOpen] = useState<Open>(null);
  const [suggesting, setSuggesting] = useState(false);
  const [threatsOpen, setThreatsOpen] = useState(false);
  const close = () => setOpen(null);
  const { matrix } = data.settings;
  const rows = visibleScenarios(matrix, rated, view);
  const firstZone = data.zones[0]?.id ?? '';

  const dialog = (initial: RiskScenarioContent, editingId: string | undefined, onSave: (input: RiskScenarioContent) => Promise<boolean>) => (
    <ScenarioDialog
      assessmentId={assessmentId}
      initial={initial}
      editingId={editingId}
      settings={data.settings}
      zones={data.zones}
      conduits={data.conduits}
      findings={data.findings}
      onCancel={close}
      onSave={onSave}
    />
  );

  return (
    <>
      <div className="section-header">
        <p className="section-lead">
          {rated.length === 0 ? 'No risk scenarios yet.' : `${rows.length} of ${rated.length} scenario${rated.length === 1 ? '' : 's'} shown.`} Levels
          follow the matrix: change it and every scenario is evaluated again.
        </p>
        <div className="toolbar">
          <button type="button" className="button" onClick={() => setThreatsOpen(true)}>
            Threats…
          </button>
          <button type="button" className="button" onClick={() => setSuggesting(true)} disabled={suggesting}>
            Suggest scenarios
          </button>
          <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'add' })} disabled={data.zones.length === 0}>
            Add scenario…
          </button>
        </div>
      </div>
      {data.zones.length === 0 && <p className="muted">Scenarios are recorded per zone or conduit: define the zones on the Scope screen first.</p>}
      {suggesting && <SuggestionsPanel assessmentId={assessmentId} data={data} onAccept={(content) => addScenario(assessmentId, content)} onClose={() => setSuggesting(false)} />}
      {rated.length > 0 && (
        <>
          <RegisterFilters matrix={matrix} zones={data.zones} view={view} onView={onView} />
          <ScenarioTable
            rows={rows}
            grouped={view.grouped}
            ownThreats={data.settings.ownThreats}
            onEdit={(row) => setOpen({ kind: 'edit', row })}
            onDelete={(row) => setOpen({ kind: 'delete', row })}
          />
        </>
      )}
      {threatsOpen && (
        <ThreatsDialog assessmentId={assessmentId} ownThreats={data.settings.ownThreats} scenarios={data.scenarios} onClose={() => setThreatsOpen(false)} />
      )}
      {open?.kind === 'add' && dialog(emptyScenario({ kind: 'zone', zoneId: firstZone }), undefined, (input) => addScenario(assessmentId, input))}
      {open?.kind === 'edit' && dialog(open.row.scenario, open.row.scenario.id, (input) => updateScenario(assessmentId, open.row.scenario.id, input))}
      {open?.kind === 'delete' && (
        <ConfirmDialog
          title="Delete risk scenario?"
          confirm="Delete scenario"
          cancel="Keep it"
          danger
          onCancel={close}
          onConfirm={() => {
            close();
            void deleteScenario(assessmentId, open.row.scenario.id);
          }}
        >
          <p>
            “<strong>{open.row.scenario.title}</strong>” will be removed from the register; actions that name it keep their other links.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}

import type { Finding } from '../../../../shared/questionnaire/finding-drafts';
import { TREATMENT_LABELS, type RiskSettings } from '../../../../shared/risk/matrix';
import { evaluateScenario, riskScenarioInputSchema } from '../../../../shared/risk/scenario';
import { THREAT_CATALOGUE, threatById } from '../../../../shared/risk/threats';
import { TREATMENTS, type RiskScenarioContent, type RiskTarget } from '../../../../shared/risk/types';
import type { Conduit, Zone } from '../../../../shared/scope/zones';
import { AssetPicker } from '../../../ui/AssetPicker';
import { useFormDraft } from '../../../ui/use-form-draft';
import { FormDialog } from '../../../ui/FormDialog';
import { FormField } from '../../../ui/FormField';
import { RecordHistoryButton } from '../../history/RecordHistoryButton';
import { Options } from '../../../ui/Options';
import { LinkList } from '../LinkList';
import { RatingFieldset } from './RatingFieldset';

const TREATMENT_OPTIONS = [{ value: '', label: 'Not decided yet' }, ...TREATMENTS.map((t) => ({ value: t, label: TREATMENT_LABELS[t] }))];

/** A target as one select value: "zone:<id>" or "conduit:<id>". */
const targetValue = (t: RiskTarget) => (t.kind === 'zone' ? `zone:${t.zoneId}` : `conduit:${t.conduitId}`);
function targetOf(value: string): RiskTarget {
  const [kind, id = ''] = value.split(':');
  return kind === 'conduit' ? { kind: 'conduit', conduitId: id } : { kind: 'zone', zoneId: id };
}

interface Props {
  assessmentId: string;
  initial: RiskScenarioContent;
  /** The stored scenario's id when editing one. */
  editingId?: string;
  settings: RiskSettings;
  zones: readonly Zone[];
  conduits: readonly Conduit[];
  findings: readonly Finding[];
  onCancel: () => void;
  onSave: (input: RiskScenarioContent) => Promise<boolean>;
}

/** Adds or edits a risk scenario; its inherent and residual levels show live on the current matrix. */
export function ScenarioDialog({ assessmentId, initial, editingId, settings, zones, conduits, findings, onCancel, onSave }: Props) {
  const { draft, edit, errors, saving, submit } = useFormDraft({ initial, schema: riskScenarioInputSchema, onSave, onDone: onCancel });
  const editing = editingId !== undefined;
  const { matrix, ownThreats } = settings;
  const levels = evaluateScenario(matrix, draft);
  const threat = threatById(draft.threatId, ownThreats);


  const toggleFinding = (id: string, on: boolean) => edit({ findingIds: on ? [...draft.findingIds, id] : draft.findingIds.filter((f) => f !== id) });

  return (
    <FormDialog title={editing ? 'Edit risk scenario' : 'New risk scenario'} submit={editing ? 'Save scenario' : 'Add scenario'} onSubmit={() => void submit()} onCancel={onCancel} saving={saving}>
      {editingId && <RecordHistoryButton className="record-history-corner" recordId={editingId} label={`risk scenario “${initial.title}”`} />}
      <div className="form-grid scenario-form">
        <FormField label="Scenario title *" error={errors.title} wide>
          <input autoFocus value={draft.title} maxLength={300} onChange={(e) => edit({ title: e.target.value })} />
        </FormField>
        <FormField label="Zone or conduit *" error={errors.target}>
          <select value={targetValue(draft.target)} onChange={(e) => edit({ target: targetOf(e.target.value) })}>
            <option value="zone:">Choose…</option>
            <optgroup label="Zones">
              <Options options={zones.map((z) => ({ value: `zone:${z.id}`, label: z.name }))} />
            </optgroup>
            {conduits.length > 0 && (
              <optgroup label="Conduits">
                <Options options={conduits.map((c) => ({ value: `conduit:${c.id}`, label: c.name }))} />
              </optgroup>
            )}
          </select>
        </FormField>
        <FormField label="Threat" hint={threat?.description}>
          <select value={draft.threatId} onChange={(e) => edit({ threatId: e.target.value })}>
            <option value="">Not chosen</option>
            <optgroup label="Catalogue">
              <Options options={THREAT_CATALOGUE.map((t) => ({ value: t.id, label: `${t.id} · ${t.title}` }))} />
            </optgroup>
            {ownThreats.length > 0 && (
              <optgroup label="Own threats">
                <Options options={ownThreats.map((t) => ({ value: t.id, label: t.title }))} />
              </optgroup>
            )}
          </select>
        </FormField>
        <AssetPicker assessmentId={assessmentId} label="Assets concerned" assetIds={draft.assetIds} onChange={(assetIds) => edit({ assetIds })} />
        <FormField label="Vulnerability exploited" hint={threat?.typicalVulnerabilities.length ? `Typical: ${threat.typicalVulnerabilities.join('; ')}` : undefined} wide>
          <textarea rows={2} value={draft.vulnerability} maxLength={20000} onChange={(e) => edit({ vulnerability: e.target.value })} />
        </FormField>
        <LinkList
          legend="Linked findings"
          empty="No findings yet: they come from the gaps on the Assessment screen."
          items={findings.map((f) => ({ id: f.id, label: f.title }))}
          chosen={draft.findingIds}
          onToggle={toggleFinding}
        />
        <RatingFieldset
          legend="Inherent risk (before existing countermeasures)"
          basis="Inherent"
          matrix={matrix}
          consequences={draft.consequences}
          likelihood={draft.likelihood}
          evaluation={levels.inherent}
          onChange={({ consequences, likelihood }) => edit({ consequences, likelihood })}
        />
        <FormField label="Existing countermeasures" hint={threat?.countermeasures.length ? `Typical: ${threat.countermeasures.join('; ')}` : undefined} wide>
          <textarea rows={2} value={draft.existingCountermeasures} maxLength={20000} onChange={(e) => edit({ existingCountermeasures: e.target.value })} />
        </FormField>
        <RatingFieldset
          legend="Residual risk (with existing countermeasures)"
          basis="Residual"
          matrix={matrix}
          consequences={draft.residualConsequences}
          likelihood={draft.residualLikelihood}
          evaluation={levels.residual}
          onChange={({ consequences, likelihood }) => edit({ residualConsequences: consequences, residualLikelihood: likelihood })}
        />
        <FormField label="Treatment">
          <select value={draft.treatment ?? ''} onChange={(e) => edit({ treatment: TREATMENTS.find((t) => t === e.target.value) ?? null })}>
            <Options options={TREATMENT_OPTIONS} />
          </select>
        </FormField>
        <FormField label="Reason for the treatment" error={errors.treatmentReason} hint="Required to accept, transfer or avoid a risk.">
          <textarea rows={2} value={draft.treatmentReason} maxLength={20000} onChange={(e) => edit({ treatmentReason: e.target.value })} />
        </FormField>
      </div>
    </FormDialog>
  );
}

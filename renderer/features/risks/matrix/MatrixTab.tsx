import { useState } from 'react';
import { DEFAULT_MATRIX, MAX_STEPS, MIN_STEPS, RISK_LEVEL_LABELS, resizeMatrix, riskMatrixSchema, type RiskSettings } from '../../../../shared/risk/matrix';
import { RISK_LEVELS, type RiskLevel, type RiskMatrix } from '../../../../shared/risk/types';
import { useAppStore } from '../../../store';
import { Options } from '../../../ui/Options';
import { ScaleEditor } from './ScaleEditor';

const STEP_OPTIONS = Array.from({ length: MAX_STEPS - MIN_STEPS + 1 }, (_, i) => ({ value: String(MIN_STEPS + i), label: String(MIN_STEPS + i) }));
const LEVEL_OPTIONS = RISK_LEVELS.map((l) => ({ value: l, label: RISK_LEVEL_LABELS[l] }));
const levelOf = (value: string): RiskLevel => RISK_LEVELS.find((l) => l === value) ?? 'low';

interface Props {
  assessmentId: string;
  settings: RiskSettings;
  scenarioCount: number;
}

/** Edits the assessment's matrix as a draft; saving re-evaluates every scenario, since levels are never stored. */
export function MatrixTab({ assessmentId, settings, scenarioCount }: Props) {
  const saveRiskSettings = useAppStore((s) => s.saveRiskSettings);
  const [draft, setDraft] = useState<RiskMatrix>(settings.matrix);
  const [error, setError] = useState<string | null>(null);
  const edit = (matrix: RiskMatrix) => {
    setDraft(matrix);
    setError(null);
  };
  const changed = JSON.stringify(draft) !== JSON.stringify(settings.matrix);

  const setCell = (l: number, c: number, level: RiskLevel) =>
    edit({ ...draft, cells: draft.cells.map((row, i) => (i === l ? row.map((cell, j) => (j === c ? level : cell)) : row)) });

  async function save() {
    const parsed = riskMatrixSchema.safeParse(draft);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'The matrix is not complete');
    await saveRiskSettings(assessmentId, { ...settings, matrix: parsed.data });
  }

  return (
    <form
      className="matrix-editor"
      aria-label="Risk matrix"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="section-header">
        <p className="section-lead">
          Likelihood × consequence decides each scenario’s level. Saving evaluates all {scenarioCount} scenario{scenarioCount === 1 ? '' : 's'} again;
          ratings above a smaller scale count as its top step.
        </p>
        <div className="toolbar">
          <button type="button" className="button" onClick={() => edit(DEFAULT_MATRIX)}>
            Default 5×5
          </button>
          <button type="button" className="button" onClick={() => edit(settings.matrix)} disabled={!changed}>
            Discard changes
          </button>
          <button type="submit" className="button button-primary" disabled={!changed}>
            Save matrix
          </button>
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="matrix-sizes">
        <label className="filter">
          Likelihood steps
          <select value={draft.likelihood.length} onChange={(e) => edit(resizeMatrix(draft, Number(e.target.value), draft.consequence.length))}>
            <Options options={STEP_OPTIONS} />
          </select>
        </label>
        <label className="filter">
          Consequence steps
          <select value={draft.consequence.length} onChange={(e) => edit(resizeMatrix(draft, draft.likelihood.length, Number(e.target.value)))}>
            <Options options={STEP_OPTIONS} />
          </select>
        </label>
        <label className="filter">
          Tolerable up to
          <select value={draft.tolerable} onChange={(e) => edit({ ...draft, tolerable: levelOf(e.target.value) })}>
            <Options options={LEVEL_OPTIONS} />
          </select>
        </label>
      </div>
      <table className="matrix-cells" aria-label="Level of each cell">
        <thead>
          <tr>
            <td />
            {draft.consequence.map((step, c) => (
              <th key={c} scope="col">
                {step.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {draft.likelihood.map((_, i) => draft.likelihood.length - 1 - i).map((l) => (
            <tr key={l}>
              <th scope="row">{draft.likelihood[l]!.label}</th>
              {draft.consequence.map((step, c) => {
                const level = draft.cells[l]![c]!;
                return (
                  <td key={c} className={`risk-bg-${level}`}>
                    <select aria-label={`Level at likelihood ${draft.likelihood[l]!.label}, consequence ${step.label}`} value={level} onChange={(e) => setCell(l, c, levelOf(e.target.value))}>
                      <Options options={LEVEL_OPTIONS} />
                    </select>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="scales">
        <ScaleEditor axis="Likelihood" steps={draft.likelihood} onChange={(likelihood) => edit({ ...draft, likelihood })} />
        <ScaleEditor axis="Consequence" steps={draft.consequence} onChange={(consequence) => edit({ ...draft, consequence })} />
      </div>
    </form>
  );
}

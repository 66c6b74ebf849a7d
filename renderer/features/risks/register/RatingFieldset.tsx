import { CONSEQUENCE_AREA_LABELS } from '../../../../shared/risk/matrix';
import type { RiskEvaluation } from '../../../../shared/risk/scenario';
import { CONSEQUENCE_AREAS, type Consequences, type RiskMatrix, type ScaleStep } from '../../../../shared/risk/types';
import { Options } from '../../../ui/Options';
import { clampRating } from '../risk-view';
import { LevelBadge, TolerableMark } from '../LevelBadge';

const stepOptions = (steps: readonly ScaleStep[]) => steps.map((s, i) => ({ value: String(i + 1), label: `${i + 1} · ${s.label}` }));

interface Props {
  legend: string;
  /** Names the resulting level, e.g. "Inherent". */
  basis: string;
  matrix: RiskMatrix;
  consequences: Consequences;
  likelihood: number;
  evaluation: RiskEvaluation;
  onChange: (rating: { consequences: Consequences; likelihood: number }) => void;
}

/** Consequence per area (the worst counts) and likelihood on the matrix's scales, with the level they give. */
export function RatingFieldset({ legend, basis, matrix, consequences, likelihood, evaluation, onChange }: Props) {
  const consequenceOptions = [{ value: '', label: 'Not rated' }, ...stepOptions(matrix.consequence)];
  const rate = (area: keyof Consequences, value: string) => {
    const rest = Object.fromEntries(Object.entries(consequences).filter(([a]) => a !== area)) as Consequences;
    onChange({ consequences: value ? { ...rest, [area]: Number(value) } : rest, likelihood });
  };
  return (
    <fieldset className="field-wide rating-fieldset">
      <legend className="field-label">{legend}</legend>
      <div className="rating-grid">
        {CONSEQUENCE_AREAS.map((area) => (
          <label key={area} className="rating-field">
            <span>{CONSEQUENCE_AREA_LABELS[area]}</span>
            <select value={consequences[area] === undefined ? '' : String(clampRating(consequences[area], matrix.consequence.length))} onChange={(e) => rate(area, e.target.value)}>
              <Options options={consequenceOptions} />
            </select>
          </label>
        ))}
        <label className="rating-field rating-likelihood">
          <span>Likelihood</span>
          <select value={String(clampRating(likelihood, matrix.likelihood.length))} onChange={(e) => onChange({ consequences, likelihood: Number(e.target.value) })}>
            <Options options={stepOptions(matrix.likelihood)} />
          </select>
        </label>
      </div>
      <p className="rating-result" aria-live="polite">
        {basis} level: <LevelBadge level={evaluation.level} /> <TolerableMark tolerable={evaluation.tolerable} />
      </p>
    </fieldset>
  );
}

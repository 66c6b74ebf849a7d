import type { ScaleStep } from '../../../../shared/risk/types';

interface Props {
  axis: 'Likelihood' | 'Consequence';
  steps: readonly ScaleStep[];
  onChange: (steps: ScaleStep[]) => void;
}

/** The label and description of each step of one axis, lowest first. */
export function ScaleEditor({ axis, steps, onChange }: Props) {
  const set = (index: number, change: Partial<ScaleStep>) => onChange(steps.map((s, i) => (i === index ? { ...s, ...change } : s)));
  return (
    <fieldset className="scale-editor">
      <legend>{axis} scale</legend>
      {steps.map((step, i) => (
        <div key={i} className="scale-step">
          <span className="scale-index">{i + 1}</span>
          <input aria-label={`${axis} ${i + 1} label`} value={step.label} maxLength={60} onChange={(e) => set(i, { label: e.target.value })} />
          <input aria-label={`${axis} ${i + 1} description`} value={step.description} maxLength={500} onChange={(e) => set(i, { description: e.target.value })} />
        </div>
      ))}
    </fieldset>
  );
}

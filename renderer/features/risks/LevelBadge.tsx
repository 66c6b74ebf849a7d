import { RISK_LEVEL_LABELS } from '../../../shared/risk/matrix';
import type { RiskLevel } from '../../../shared/risk/types';

/** A risk level in its colour; "Not rated" while no consequence is rated. */
export function LevelBadge({ level }: { level: RiskLevel | null }) {
  if (level === null) return <span className="muted">Not rated</span>;
  return <span className={`risk-level risk-level-${level}`}>{RISK_LEVEL_LABELS[level]}</span>;
}

/** ✓ tolerable, ✗ not, — not rated; the word is there for screen readers. */
export function TolerableMark({ tolerable }: { tolerable: boolean | null }) {
  if (tolerable === null) return <span className="muted">—</span>;
  const word = tolerable ? 'Tolerable' : 'Not tolerable';
  return (
    <span className={tolerable ? 'tolerable-yes' : 'tolerable-no'} title={word}>
      <span aria-hidden="true">{tolerable ? '✓' : '✗'}</span>
      <span className="visually-hidden">{word}</span>
    </span>
  );
}

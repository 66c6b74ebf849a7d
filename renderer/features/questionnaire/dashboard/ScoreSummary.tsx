import type { Score } from '../../../../shared/questionnaire/scoring';
import { formatLevel, formatPercent } from '../score-format';

function Figure({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="q-figure">
      <dt>{label}</dt>
      <dd>
        <span className="q-figure-value">{value}</span>
        <span className="q-figure-detail">{detail}</span>
      </dd>
    </div>
  );
}

/** The headline numbers over all applicable requirements. */
export function ScoreSummary({ score }: { score: Score }) {
  return (
    <dl className="q-figures" aria-label="Overall scores">
      <Figure label="Coverage" value={formatPercent(score.coverage)} detail={`${score.answered} of ${score.applicable} applicable answered`} />
      <Figure
        label="Compliance"
        value={formatPercent(score.compliance)}
        detail={`${score.implemented} implemented, ${score.partial} partial, ${score.notImplemented} not`}
      />
      <Figure label="Average maturity" value={formatLevel(score.averageAchieved)} detail="of 4, over answers with a level" />
      <Figure label="Minimum maturity" value={formatLevel(score.minimumAchieved)} detail="lowest achieved level" />
      <Figure label="Gaps" value={String(score.gaps)} detail={`${score.notApplicable} not applicable`} />
    </dl>
  );
}

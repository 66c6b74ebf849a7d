import type { MaturityDescriptions, MaturityLevel } from '../../../../shared/catalogue/types';
import { MATURITY_LABELS, MATURITY_LEVELS } from '../../../../shared/questionnaire/answer';

/** What each level looks like for this requirement, with the achieved and target ones marked. */
export function MaturityLevels({ levels, achieved, target }: { levels: MaturityDescriptions; achieved: MaturityLevel | null; target: MaturityLevel | null }) {
  return (
    <ol className="q-levels" aria-label="Maturity levels">
      {MATURITY_LEVELS.map((l) => (
        <li key={l} className={l === achieved ? 'q-level q-level-achieved' : 'q-level'}>
          <span className="q-level-name">
            {l} · {MATURITY_LABELS[l]}
            {l === achieved && <span className="q-mark q-mark-achieved">achieved</span>}
            {l === target && <span className="q-mark q-mark-target">target</span>}
          </span>
          <span className="q-level-text">{levels[l]}</span>
        </li>
      ))}
    </ol>
  );
}

import type { Answer } from '../../../../shared/questionnaire/answer';
import type { RequirementGap } from '../../../../shared/questionnaire/scoring';
import { StatusBadge } from '../badges';

const levels = (a: Answer) => (a.achieved === null && a.target === null ? '—' : `${a.achieved ?? '?'} → ${a.target ?? '?'}`);

/** The most severe gaps, each a way into its requirement. */
export function LargestGaps({ gaps, onOpen }: { gaps: readonly RequirementGap<Answer>[]; onOpen: (requirementId: string) => void }) {
  if (!gaps.length) return <p className="muted">No gaps among the answered requirements.</p>;
  return (
    <table className="table" aria-label="Largest gaps">
      <thead>
        <tr>
          <th scope="col">Requirement</th>
          <th scope="col">Status</th>
          <th scope="col">Maturity (achieved → target)</th>
        </tr>
      </thead>
      <tbody>
        {gaps.map(({ requirement, answer }) => (
          <tr key={requirement.id}>
            <td>
              <button type="button" className="link-button" onClick={() => onOpen(requirement.id)} title="Open this requirement on the Questions tab">
                {requirement.id} {requirement.title}
              </button>
            </td>
            <td>
              <StatusBadge status={answer.status} />
            </td>
            <td>{levels(answer)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

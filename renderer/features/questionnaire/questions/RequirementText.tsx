import { stepById } from '../../../../shared/catalogue/catalogue';
import { referencesFor } from '../../../../shared/catalogue/references';
import type { Requirement } from '../../../../shared/catalogue/types';
import type { Edition } from '../../../../shared/domain/assessment';

const EDITION_NAMES: Record<Edition, string> = { '2-1:2010': 'IEC 62443-2-1:2010 clauses', '2-1:2024': 'IEC 62443-2-1:2024 SPEs' };

/** What the requirement asks, what evidence to look for, and where the assessment's edition of the standard covers it. */
export function RequirementText({ requirement, edition }: { requirement: Requirement; edition: Edition }) {
  return (
    <>
      <p className="q-question">{requirement.question}</p>
      <p className="q-guidance">
        <span className="q-label">Evidence to look for</span> {requirement.guidance}
      </p>
      <div className="q-refs">
        <span className="q-label" id="q-refs-label">
          {EDITION_NAMES[edition]}
        </span>
        <ul aria-labelledby="q-refs-label">
          {referencesFor(requirement, edition).map((ref) => (
            <li key={ref} className="q-ref">
              {ref}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

export function stepTitle(requirement: Requirement): string {
  return `Step ${requirement.step} · ${stepById(requirement.step)?.title ?? ''}`;
}

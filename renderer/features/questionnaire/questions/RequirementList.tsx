import { useEffect, useRef } from 'react';
import type { Requirement } from '../../../../shared/catalogue/types';
import type { Answer } from '../../../../shared/questionnaire/answer';
import { StatusBadge } from '../badges';

export const requirementItemId = (id: string) => `q-req-${id}`;

interface Props {
  requirements: readonly Requirement[];
  answers: ReadonlyMap<string, Answer>;
  selectedId: string;
  onSelect: (id: string) => void;
}

/** The filtered requirements; the selection scrolls into view, and takes the focus if the list had it. */
export function RequirementList({ requirements, answers, selectedId, onSelect }: Props) {
  // Tracked by events rather than read from document.activeElement: the focused item may have left the list.
  const listHasFocus = useRef(false);
  useEffect(() => {
    const item = document.getElementById(requirementItemId(selectedId));
    item?.scrollIntoView({ block: 'nearest' });
    if (listHasFocus.current) item?.focus();
  }, [selectedId]);

  if (!requirements.length) return <p className="q-list-empty muted">No requirement matches the filter.</p>;
  return (
    <ol className="q-reqs" aria-label="Requirements" onFocus={() => (listHasFocus.current = true)} onBlur={() => (listHasFocus.current = false)}>
      {requirements.map((r) => (
        <li key={r.id}>
          <button
            type="button"
            id={requirementItemId(r.id)}
            className="q-req"
            aria-current={r.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(r.id)}
            title="J or ↓: next, K or ↑: previous"
          >
            <span className="q-req-head">
              <span className="q-req-id">{r.id}</span>
              <StatusBadge status={answers.get(r.id)?.status ?? 'not-assessed'} />
            </span>
            <span className="q-req-title">{r.title}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

import type { RefObject } from 'react';
import { STATUS_FILTERS, type QuestionFilter } from './question-view';
import { leaveOnEscape } from './question-keys';

interface Props {
  filter: QuestionFilter;
  onChange: (filter: QuestionFilter) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  onLeave: () => void;
}

export function QuestionFilters({ filter, onChange, searchRef, onLeave }: Props) {
  return (
    <div className="q-filters" role="search">
      <div className="q-segmented" role="group" aria-label="Show">
        {STATUS_FILTERS.map((f) => (
          <button key={f.value} type="button" aria-pressed={filter.status === f.value} onClick={() => onChange({ ...filter, status: f.value })}>
            {f.label}
          </button>
        ))}
      </div>
      <input
        ref={searchRef}
        type="search"
        aria-label="Search requirements"
        aria-keyshortcuts="/"
        title="Search id, title, question and references (press / to come here, Esc to go back to the list)"
        placeholder="Search (/)"
        value={filter.search}
        onChange={(e) => onChange({ ...filter, search: e.target.value })}
        onKeyDown={leaveOnEscape(onLeave)}
      />
    </div>
  );
}

import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { AuditedTable } from '../../../shared/audit/audit';
import { authorName, TABLE_LABELS } from '../../../shared/audit/describe';
import type { HistoryView } from '../../store/slices/audit.slice';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { HistoryEntry } from './HistoryEntry';
import { historyIndex, NO_HISTORY_FILTER, type HistoryFilter } from './history-view';
import './history.css';

const ESTIMATED_ENTRY_HEIGHT = 96;
const count = (n: number) => n.toLocaleString('en-GB');

/**
 * The audit trail, newest first: when, who and what, field by field with old and new values. Filters by
 * assessor, kind of record and text; the list is virtualised, so a trail of tens of thousands of entries scrolls.
 */
export function HistoryDialog({ view, onClose }: { view: HistoryView; onClose: () => void }) {
  const [filter, setFilter] = useState<HistoryFilter>(NO_HISTORY_FILTER);
  const deferred = useDeferredValue(filter);
  const index = useMemo(() => historyIndex(view.entries ?? []), [view.entries]);
  const rows = useMemo(() => index.filter(deferred, view.recordId), [index, deferred, view.recordId]);
  const total = useMemo(() => index.filter(NO_HISTORY_FILTER, view.recordId).length, [index, view.recordId]);
  /** Entries whose long list of changes the assessor opened in full. */
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ENTRY_HEIGHT,
    getItemKey: (i) => rows[i]!.entry.id,
    overscan: 6,
  });

  const title = view.recordId ? `History of ${view.label ?? 'this record'}` : 'Assessment history';
  const narrowed = Boolean(filter.text.trim() || filter.authorId || filter.table);

  return (
    <Dialog
      title={title}
      wide
      onClose={onClose}
      actions={
        <button type="button" className="button button-primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <div className="history">
        <p className="history-lead">
          {view.recordId ? 'Every recorded change to this record' : 'Every recorded change to this assessment'}, newest first, in this laptop’s
          local time. Each names the assessor profile of the laptop it was made on; the history travels in the .csms file and merges with it.
        </p>
        <div className="filter-bar history-filters" role="search">
          <input
            type="search"
            aria-label="Search the history"
            placeholder="Search records, fields, values, files…"
            value={filter.text}
            onChange={(e) => setFilter({ ...filter, text: e.target.value })}
          />
          <select aria-label="Filter by assessor" value={filter.authorId} onChange={(e) => setFilter({ ...filter, authorId: e.target.value })}>
            <option value="">All assessors</option>
            {index.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {authorName(a)}
              </option>
            ))}
          </select>
          {!view.recordId && (
            <select aria-label="Filter by kind of record" value={filter.table} onChange={(e) => setFilter({ ...filter, table: e.target.value as AuditedTable | '' })}>
              <option value="">All kinds of record</option>
              {index.tables.map((t) => (
                <option key={t} value={t}>
                  {TABLE_LABELS[t].many}
                </option>
              ))}
            </select>
          )}
          <span className="history-count" data-testid="history-count">
            {view.entries === null ? 'Reading…' : narrowed ? `${count(rows.length)} of ${count(total)} entries` : `${count(total)} entries`}
          </span>
        </div>
        {view.entries !== null && total === 0 ? (
          <EmptyState title="No changes recorded yet">
            <p>Changes are recorded as they are made: each edit, import and merge from now on appears here.</p>
          </EmptyState>
        ) : view.entries !== null && rows.length === 0 ? (
          <p className="muted history-none">No entry matches these filters.</p>
        ) : (
          <div className="history-scroll" ref={scroller}>
            <div role="list" aria-label="Changes" className="history-list" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = rows[item.index]!;
                return (
                  <div
                    key={item.key}
                    role="listitem"
                    data-index={item.index}
                    ref={virtualizer.measureElement}
                    className="history-item"
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    <HistoryEntry
                      row={row}
                      nameOf={index.nameOf}
                      expanded={expanded.has(row.entry.id)}
                      onExpand={() => setExpanded((s) => new Set(s).add(row.entry.id))}
                    />
                  </div>
                );
              })}
            </div>
          </div>
        )}
      </div>
    </Dialog>
  );
}

import { useState } from 'react';
import type { FieldChange } from '../../../shared/audit/audit';
import { authorName, CHANGE_LABELS, describeValue, entryTitle, fieldLabel, TABLE_LABELS, type NameOf } from '../../../shared/audit/describe';
import { formatSnapshotTime } from '../snapshots/snapshot-labels';
import { groupByRecord, type HistoryRow } from './history-view';

/** Records listed per entry before "Show all": an import of thousands of assets stays one readable item. */
const RECORDS_SHOWN = 8;

/** A value, shortened to a line; the whole of it on hover and, for long text, on "more". */
function Value({ change, which, nameOf }: { change: Extract<FieldChange, { op: 'update' }>; which: 'old' | 'new'; nameOf: NameOf }) {
  const [open, setOpen] = useState(false);
  const value = describeValue(change.table, change.field, change[which], nameOf);
  return (
    <span className={`history-value history-${which}`} title={value.full}>
      {open && value.full ? <span className="history-full">{value.full}</span> : value.text}
      {value.full && (
        <button type="button" className="history-more" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'less' : 'more'}
        </button>
      )}
    </span>
  );
}

/** One entry of the trail: when and who on the left, what on the right, record by record and field by field. */
export function HistoryEntry({ row, nameOf, expanded, onExpand }: { row: HistoryRow; nameOf: NameOf; expanded: boolean; onExpand: () => void }) {
  const { entry } = row;
  const groups = groupByRecord(row.changes);
  const shown = expanded ? groups : groups.slice(0, RECORDS_SHOWN);
  return (
    <div className="history-entry">
      <div className="history-meta">
        <time dateTime={entry.at}>{formatSnapshotTime(entry.at)}</time>
        <span className={entry.by.name.trim() ? 'history-who' : 'history-who history-unnamed'}>{authorName(entry.by)}</span>
      </div>
      <div className="history-what">
        <div className="history-action">{entryTitle(entry)}</div>
        {shown.map(({ change, fields }) => (
          <div key={`${change.recordId}:${change.op}:${fields[0]?.field ?? ''}`} className="history-record">
            <div className="history-record-title">
              <span className="history-table">{TABLE_LABELS[change.table].one}</span> <span className="history-label">“{change.label}”</span>{' '}
              <span className={`history-op history-op-${change.op}`}>{CHANGE_LABELS[change.op]}</span>
            </div>
            {fields.map((f) => (
              <div key={f.field} className="history-field">
                <span className="history-field-name">{fieldLabel(f.table, f.field)}</span>
                {/* A new record's values had nothing before them. */}
                {change.op === 'update' && (
                  <>
                    <Value change={f} which="old" nameOf={nameOf} />
                    <span className="history-arrow">→</span>
                  </>
                )}
                <Value change={f} which="new" nameOf={nameOf} />
              </div>
            ))}
          </div>
        ))}
        {shown.length < groups.length && (
          <button type="button" className="link-button history-show-all" onClick={onExpand}>
            Show all {groups.length.toLocaleString('en-GB')} records ({(groups.length - shown.length).toLocaleString('en-GB')} more)
          </button>
        )}
      </div>
    </div>
  );
}

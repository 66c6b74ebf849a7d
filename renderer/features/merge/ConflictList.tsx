import { memo, useMemo } from 'react';
import type { AuditedTable } from '../../../shared/audit/audit';
import type { MergeChoice, MergeConflict } from '../../../shared/merge/types';
import { useAppStore } from '../../store';
import { describeValue, fieldLabel, TABLE_LABELS, type NameOf } from '../../../shared/audit/describe';
import { marksInWords } from './change-marks';

interface ConflictGroup {
  key: string;
  table: AuditedTable;
  label: string;
  conflicts: MergeConflict[];
}

/** Conflicts by record, in the plan's order, so a record's fields are read together. */
function byRecord(conflicts: readonly MergeConflict[]): ConflictGroup[] {
  const groups = new Map<string, ConflictGroup>();
  for (const c of conflicts) {
    const key = `${c.table}/${c.recordId}`;
    const group = groups.get(key) ?? { key, table: c.table, label: c.label, conflicts: [] };
    group.conflicts.push(c);
    groups.set(key, group);
  }
  return [...groups.values()];
}

interface Side {
  side: MergeChoice;
  action: string;
  value?: string;
  who: string;
}

/** Both sides of a conflict as choices: what each keeps, and whose change it is. */
function sidesOf(c: MergeConflict, nameOf: NameOf): [Side, Side] {
  if (c.kind === 'field') {
    // The whole value, not a summary: the assessor chooses between the two.
    const value = (v: unknown) => {
      const words = describeValue(c.table, c.field, v, nameOf);
      return words.full ?? words.text;
    };
    return [
      { side: 'local', action: 'Keep yours', value: value(c.local.value), who: marksInWords('Changed', c.local.changedBy) },
      { side: 'incoming', action: 'Take theirs', value: value(c.incoming.value), who: marksInWords('Changed', c.incoming.changedBy) },
    ];
  }
  const deleted = { action: 'Delete it', who: marksInWords('Deleted', [c.deletion]) };
  const kept = { action: 'Keep it', who: marksInWords('Changed', c.edits) };
  return c.deletedBy === 'local'
    ? [{ side: 'local', ...deleted }, { side: 'incoming', ...kept }]
    : [{ side: 'local', ...kept }, { side: 'incoming', ...deleted }];
}

/** One conflict's row; it alone re-renders when its choice changes, so hundreds of conflicts stay quick. */
function ConflictRow({ conflict, recordName, nameOf }: { conflict: MergeConflict; recordName: string; nameOf: NameOf }) {
  const choice = useAppStore((s) => (s.merge?.stage === 'review' ? s.merge.choices[conflict.id] : undefined));
  const choose = useAppStore((s) => s.chooseMergeSide);
  const what = conflict.kind === 'field' ? fieldLabel(conflict.table, conflict.field) : 'The whole record';
  return (
    <div
      className={choice ? 'merge-conflict' : 'merge-conflict merge-conflict-open'}
      role="radiogroup"
      aria-label={`${what} of ${recordName}`}
      data-conflict-id={conflict.id}
    >
      <div className="merge-what">
        {what}
        {conflict.kind === 'delete' && <div className="merge-what-note">deleted on one side, changed on the other</div>}
      </div>
      {sidesOf(conflict, nameOf).map((s) => (
        <label key={s.side} className={choice === s.side ? 'merge-side merge-side-chosen' : 'merge-side'} data-side={s.side}>
          <span className="merge-side-action">
            <input type="radio" name={conflict.id} value={s.side} checked={choice === s.side} onChange={() => choose(conflict.id, s.side)} />
            {s.action}
          </span>
          {s.value !== undefined && <span className="merge-value">{s.value}</span>}
          <span className="merge-who">{s.who}</span>
        </label>
      ))}
    </div>
  );
}

const ConflictGroupView = memo(function ConflictGroupView({ group, nameOf }: { group: ConflictGroup; nameOf: NameOf }) {
  const recordName = `${TABLE_LABELS[group.table].one} “${group.label}”`;
  return (
    <section className="merge-group" aria-label={recordName}>
      <h4 className="merge-record">{recordName}</h4>
      {group.conflicts.map((c) => (
        <ConflictRow key={c.id} conflict={c} recordName={recordName} nameOf={nameOf} />
      ))}
    </section>
  );
});

/**
 * The conflicts side by side, yours left and theirs right, grouped by record. Rows off screen are not laid out
 * (content-visibility), and a choice re-renders only its row, so a list of hundreds stays usable.
 */
export const ConflictList = memo(function ConflictList(props: { conflicts: readonly MergeConflict[]; fileName: string; nameOf: NameOf }) {
  const groups = useMemo(() => byRecord(props.conflicts), [props.conflicts]);
  return (
    <div className="merge-conflicts">
      <div className="merge-columns" aria-hidden="true">
        <span>What</span>
        <span>Yours, on this laptop</span>
        <span>Theirs, in “{props.fileName}”</span>
      </div>
      {groups.map((g) => (
        <ConflictGroupView key={g.key} group={g} nameOf={props.nameOf} />
      ))}
    </div>
  );
});

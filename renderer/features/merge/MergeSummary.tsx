import { AUDITED_TABLES } from '../../../shared/audit/audit';
import type { MergePlan } from '../../../shared/merge/types';
import { TABLE_LABELS, assessorName } from '../../../shared/audit/describe';

const count = (n: number) => (n === 0 ? '–' : n.toLocaleString('en-GB'));

/** What the file brings, per kind of record, and whose work it is. */
export function MergeSummary({ plan, fileName }: { plan: MergePlan; fileName: string }) {
  const rows = AUDITED_TABLES.flatMap((table) => {
    const c = plan.changes[table];
    return c && c.added + c.updated + c.deleted > 0 ? [{ table, ...c }] : [];
  });
  const authors = plan.incomingAuthors.map(assessorName);
  return (
    <section className="merge-summary" aria-label="What the file brings">
      <p className="merge-lead">
        “{fileName}” holds {plan.newEntries.toLocaleString('en-GB')} change{plan.newEntries === 1 ? '' : 's'} recorded in its audit trail that{' '}
        {plan.newEntries === 1 ? 'is' : 'are'} not here yet{authors.length > 0 ? <>, made by <strong>{authors.join(', ')}</strong></> : null}.
      </p>
      {rows.length === 0 ? (
        <p className="muted">No record is added, changed or deleted apart from the conflicts below.</p>
      ) : (
        <table className="table merge-counts">
          <thead>
            <tr>
              <th scope="col">Records</th>
              <th scope="col" className="merge-count">
                Added
              </th>
              <th scope="col" className="merge-count">
                Changed
              </th>
              <th scope="col" className="merge-count">
                Deleted
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.table} data-table={r.table}>
                <th scope="row">{TABLE_LABELS[r.table].many}</th>
                <td className="merge-count">{count(r.added)}</td>
                <td className="merge-count">{count(r.updated)}</td>
                <td className="merge-count">{count(r.deleted)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

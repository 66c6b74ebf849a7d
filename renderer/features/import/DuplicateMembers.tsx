import type { DuplicateGroup, IdentityField } from '../../../shared/import';

/** One member of a duplicate group as the review shows it. */
export interface MemberView {
  /** "row 12 “PDU-A”" or "stored “PDU-A”". */
  label: string;
  name: string;
  serialNumber: string;
  macAddresses: readonly string[];
  ipAddresses: readonly string[];
}
export type MemberOf = (member: DuplicateGroup['members'][number]) => MemberView;

/** Members compared at most; a group larger than this is a pattern, not a list to read. */
const COMPARED = 200;

const COLUMNS: { field: IdentityField | 'ipAddresses'; label: string }[] = [
  { field: 'name', label: 'Name' },
  { field: 'serialNumber', label: 'Serial number' },
  { field: 'macAddresses', label: 'MAC' },
  { field: 'ipAddresses', label: 'IP' },
];

const text = (v: string | readonly string[]) => (typeof v === 'string' ? v : v.join(', '));

/** A group's records side by side; the identifiers they disagree on are marked. */
export function DuplicateMembers({ group, memberOf, index }: { group: DuplicateGroup; memberOf: MemberOf; index: number }) {
  const differs = new Set<string>(group.conflicts);
  return (
    <>
      <table className="table duplicate-members" aria-label={`Records of duplicate group ${index + 1}`}>
        <thead>
          <tr>
            <th scope="col">Record</th>
            {COLUMNS.map((c) => (
              <th key={c.field} scope="col">
                {c.label}
                {differs.has(c.field) && ' (differs)'}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {group.members.slice(0, COMPARED).map((m) => {
            const view = memberOf(m);
            return (
              <tr key={`${m.kind}:${m.key}`}>
                <th scope="row">{view.label}</th>
                {COLUMNS.map((c) => (
                  <td key={c.field} className={differs.has(c.field) ? 'differs' : undefined}>
                    {text(view[c.field]) || '—'}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {group.members.length > COMPARED && (
        <p className="muted small">
          The first {COMPARED} of {group.members.length.toLocaleString('en-GB')} records are shown.
        </p>
      )}
    </>
  );
}

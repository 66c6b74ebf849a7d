import { useState } from 'react';
import type { DuplicateFindings, DuplicateGroup, IdentityField } from '../../../shared/import';
import type { DuplicateChoice, ImportPlan } from '../../../shared/import/plan-import';
import { Options } from '../../ui/Options';
import { DuplicateMembers, type MemberOf } from './DuplicateMembers';

interface Props {
  plan: ImportPlan;
  findings: DuplicateFindings;
  choices: DuplicateChoice[];
  onChoice: (index: number | 'all', choice: DuplicateChoice) => void;
  memberOf: MemberOf;
}

/** Groups listed; "Set all to…" reaches the others. Members named in a group's row before "Compare". */
const SHOWN = 200;
const NAMED = 3;
const CHOICES: { value: DuplicateChoice; label: string }[] = [
  { value: 'merge', label: 'Merge' },
  { value: 'keep', label: 'Keep both' },
  { value: 'skip', label: 'Skip the file’s copy' },
];
const REASONS: Record<DuplicateGroup['reason'], string> = { 'ip+name': 'IP and name', mac: 'MAC address', serial: 'Serial number', tag: 'Name' };
const IDENTITY_LABELS: Record<IdentityField, string> = { name: 'name', serialNumber: 'serial number', macAddresses: 'MAC address' };

/** What the import will do, with a choice per duplicate group, before anything is written. */
export function ReviewStep({ plan, findings, choices, onChoice, memberOf }: Props) {
  const rejected = plan.outcomes.filter((o) => o.outcome === 'rejected');
  const { groups, ignored } = findings;
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (i: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(i)) next.add(i);
      return next;
    });
  const conflicting = groups.filter((g) => g.conflicts.length > 0).length;
  return (
    <div className="wizard-step">
      <ul className="summary-list" aria-label="Import summary">
        <li>
          <strong>{plan.counts.rows.toLocaleString('en-GB')}</strong> rows read
        </li>
        <li>
          <strong>{plan.counts.imported.toLocaleString('en-GB')}</strong> new assets
        </li>
        <li>
          <strong>{plan.counts.merged.toLocaleString('en-GB')}</strong> merged into duplicates
        </li>
        <li>
          <strong>{plan.counts.skipped.toLocaleString('en-GB')}</strong> skipped
        </li>
        <li>
          <strong>{plan.counts.rejected.toLocaleString('en-GB')}</strong> rejected
        </li>
      </ul>
      {ignored.length > 0 && (
        <section aria-label="Identifiers not used to match">
          <h3 className="wizard-subtitle">Identifiers not used to match</h3>
          <ul className="outcome-list">
            {ignored.slice(0, 20).map((i) => (
              <li key={`${i.field}:${i.value}`}>
                {i.field === 'macAddresses' ? 'MAC address' : 'Serial number'} “{i.value}” is on {i.count.toLocaleString('en-GB')} rows and assets
                {i.why === 'placeholder' ? ': a placeholder, not an identity.' : ': one value on that many rows identifies no single device.'}
              </li>
            ))}
          </ul>
          {ignored.length > 20 && <p className="muted small">And {(ignored.length - 20).toLocaleString('en-GB')} more values like these.</p>}
        </section>
      )}
      {groups.length > 0 && (
        <>
          <h3 className="wizard-subtitle">
            {groups.length.toLocaleString('en-GB')} duplicate group{groups.length === 1 ? '' : 's'}
            {conflicting > 0 && `, ${conflicting.toLocaleString('en-GB')} with differing identifiers (kept apart unless you choose)`}
            <select aria-label="Choice for every duplicate group" value="" onChange={(e) => onChoice('all', e.target.value as DuplicateChoice)}>
              <option value="">Set all to…</option>
              <Options options={CHOICES} />
            </select>
          </h3>
          <table className="table" aria-label="Duplicates">
            <thead>
              <tr>
                <th scope="col">Matched on</th>
                <th scope="col">Records</th>
                <th scope="col">Choice</th>
              </tr>
            </thead>
            <tbody>
              {groups.slice(0, SHOWN).map((g, i) => (
                <tr key={i}>
                  <td>
                    {REASONS[g.reason]}
                    {g.conflicts.length > 0 && (
                      <span className="identity-differs" title="The records share this identifier but not the others: they may be different devices.">
                        {' '}
                        differ in {g.conflicts.map((c) => IDENTITY_LABELS[c]).join(', ')}
                      </span>
                    )}
                  </td>
                  <td>
                    {g.members.length.toLocaleString('en-GB')} records: {g.members.slice(0, NAMED).map((m) => memberOf(m).label).join(' · ')}
                    {g.members.length > NAMED && ' …'}{' '}
                    <button type="button" className="link-button" aria-expanded={open.has(i)} onClick={() => toggle(i)}>
                      {open.has(i) ? 'Hide' : g.members.length > NAMED ? `Compare all ${g.members.length.toLocaleString('en-GB')}` : 'Compare'}
                    </button>
                    {open.has(i) && <DuplicateMembers group={g} memberOf={memberOf} index={i} />}
                  </td>
                  <td>
                    <select aria-label={`Choice for duplicate group ${i + 1}`} value={choices[i]} onChange={(e) => onChoice(i, e.target.value as DuplicateChoice)}>
                      <Options options={CHOICES} />
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {groups.length > SHOWN && <p className="muted small">The first {SHOWN} groups are listed; “Set all to…” applies to every group.</p>}
        </>
      )}
      {rejected.length > 0 && (
        <>
          <h3 className="wizard-subtitle">Rejected rows</h3>
          <ul className="outcome-list">
            {rejected.slice(0, SHOWN).map((o) => (
              <li key={o.row}>
                Row {o.row}: {o.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

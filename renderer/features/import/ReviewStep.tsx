import type { DuplicateGroup } from '../../../shared/import';
import type { DuplicateChoice, ImportPlan } from '../../../shared/import/plan-import';
import { Options } from '../../ui/Options';

interface Props {
  plan: ImportPlan;
  groups: DuplicateGroup[];
  choices: DuplicateChoice[];
  onChoice: (index: number | 'all', choice: DuplicateChoice) => void;
  describe: (member: DuplicateGroup['members'][number]) => string;
}

const SHOWN = 200;
const CHOICES: { value: DuplicateChoice; label: string }[] = [
  { value: 'merge', label: 'Merge' },
  { value: 'keep', label: 'Keep both' },
  { value: 'skip', label: 'Skip the file’s copy' },
];

/** What the import will do, with a choice per duplicate group, before anything is written. */
export function ReviewStep({ plan, groups, choices, onChoice, describe }: Props) {
  const rejected = plan.outcomes.filter((o) => o.outcome === 'rejected');
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
      {groups.length > 0 && (
        <>
          <h3 className="wizard-subtitle">
            {groups.length.toLocaleString('en-GB')} duplicate group{groups.length === 1 ? '' : 's'}
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
                  <td>{g.reason === 'ip+name' ? 'IP and name' : g.reason === 'mac' ? 'MAC address' : g.reason === 'serial' ? 'Serial number' : 'Tag'}</td>
                  <td>{g.members.map(describe).join(' · ')}</td>
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

import { useState } from 'react';
import { UNNAMED_ASSESSOR } from '../../../shared/audit/describe';
import { useAppStore } from '../../store';
import { ProfileDialog } from './ProfileDialog';
import './history.css';

/** "Assessor: Ana Ruiz" in the status bar, opening the profile; until a name is set, an invitation to set one. */
export function AssessorStatus() {
  const profile = useAppStore((s) => s.profile);
  const rename = useAppStore((s) => s.renameProfile);
  const [editing, setEditing] = useState(false);
  if (!profile) return null;
  const name = profile.name.trim();
  return (
    <>
      <button
        type="button"
        className={name ? 'status-assessor' : 'status-assessor status-assessor-unset'}
        data-testid="assessor-status"
        title={name ? 'Change the name your changes are recorded under' : `Changes are recorded as “${UNNAMED_ASSESSOR}” until you set your name`}
        onClick={() => setEditing(true)}
      >
        {name ? `Assessor: ${name}` : 'Assessor: not set · Set your name'}
      </button>
      {editing && <ProfileDialog name={name} onCancel={() => setEditing(false)} onSave={rename} />}
    </>
  );
}

import { useState } from 'react';
import { Dialog } from '../../ui/Dialog';

export function RenameDialog(props: { name: string; onCancel: () => void; onRename: (name: string) => Promise<boolean> }) {
  const [name, setName] = useState(props.name);
  const empty = name.trim() === '';
  return (
    <Dialog
      title="Rename assessment"
      onClose={props.onCancel}
      onSubmit={() => {
        if (!empty) void props.onRename(name).then((ok) => ok && props.onCancel());
      }}
      actions={
        <>
          <button type="button" className="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={empty}>
            Rename
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">Name</span>
        <input autoFocus value={name} maxLength={200} onChange={(e) => setName(e.target.value)} onFocus={(e) => e.target.select()} />
      </label>
    </Dialog>
  );
}

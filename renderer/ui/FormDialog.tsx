import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  /** The submit button's text, e.g. "Add zone". */
  submit: string;
  onSubmit: () => void;
  onCancel: () => void;
  /** While saving, the submit button is disabled so a double Enter does not save twice. */
  saving?: boolean;
  children: ReactNode;
}

/** A wide form in a modal with Cancel and one submit button; Enter submits, Esc cancels. */
export function FormDialog({ title, submit, onSubmit, onCancel, saving = false, children }: Props) {
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      onSubmit={onSubmit}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {submit}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}

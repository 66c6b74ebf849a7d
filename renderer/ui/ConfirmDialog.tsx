import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  children: ReactNode;
  confirm: string;
  cancel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A yes/no question whose safe answer has the focus. */
export function ConfirmDialog({ title, children, confirm, cancel, danger, onConfirm, onCancel }: Props) {
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      onSubmit={onConfirm}
      actions={
        <>
          <button type="button" className="button" autoFocus onClick={onCancel}>
            {cancel}
          </button>
          <button type="submit" className={danger ? 'button button-danger' : 'button button-primary'}>
            {confirm}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}

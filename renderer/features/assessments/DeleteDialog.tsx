import { useLiveQuery } from 'dexie-react-hooks';
import type { Assessment } from '../../../shared/domain/assessment';
import { assessments } from '../../db/instance';
import { Dialog } from '../../ui/Dialog';

export function DeleteDialog(props: { assessment: Assessment; onCancel: () => void; onDelete: () => void }) {
  const counts = useLiveQuery(() => assessments.counts(props.assessment.id), [props.assessment.id]);
  const records = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;
  return (
    <Dialog
      title="Delete assessment?"
      onClose={props.onCancel}
      onSubmit={props.onDelete}
      actions={
        <>
          <button type="button" className="button" autoFocus onClick={props.onCancel}>
            Keep it
          </button>
          <button type="submit" className="button button-danger">
            Delete permanently
          </button>
        </>
      }
    >
      <p>
        “<strong>{props.assessment.name}</strong>” and its {records} record{records === 1 ? '' : 's'} (zones, assets, answers,
        evidence, risks, findings and actions) will be removed from this laptop. This cannot be undone.
      </p>
      <p className="muted">To keep a copy, cancel and export it to a .csms file first.</p>
    </Dialog>
  );
}

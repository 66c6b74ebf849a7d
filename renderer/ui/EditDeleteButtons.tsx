/** A table row's "Edit…" and "Delete…" buttons; `name` (e.g. "zone Enterprise") makes their accessible names. */
export function EditDeleteButtons({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <>
      <button type="button" className="button button-small" aria-label={`Edit ${name}`} onClick={onEdit}>
        Edit…
      </button>
      <button type="button" className="button button-small button-danger-quiet" aria-label={`Delete ${name}`} onClick={onDelete}>
        Delete…
      </button>
    </>
  );
}

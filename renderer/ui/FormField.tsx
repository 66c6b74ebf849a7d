import { cloneElement, useId, type ReactElement } from 'react';

interface FormFieldProps {
  label: string;
  /** One input, select or textarea; it gets the label, the error or hint, and aria-invalid. */
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
  error?: string;
  hint?: string;
  wide?: boolean;
}

/** A labelled control with its error (once there is one) or its hint underneath. */
export function FormField({ label, children, error, hint, wide }: FormFieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const note = error ?? hint;
  return (
    <div className={['field', wide && 'field-wide', error && 'field-invalid'].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': note ? noteId : undefined })}
      {note && (
        <span id={noteId} className={error ? 'field-error' : 'field-hint'}>
          {note}
        </span>
      )}
    </div>
  );
}

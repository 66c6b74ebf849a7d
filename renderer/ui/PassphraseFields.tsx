import { FormField } from './FormField';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  autoFocus?: boolean;
  /** 'current-password' to open something, 'new-password' to protect something new (password managers tell apart). */
  autoComplete: 'current-password' | 'new-password';
}

/** One labelled passphrase input. */
export function PassphraseField({ label, value, onChange, error, hint, autoFocus, autoComplete }: PassphraseFieldProps) {
  return (
    <FormField label={label} error={error} hint={hint}>
      <input type="password" autoFocus={autoFocus} autoComplete={autoComplete} value={value} onChange={(e) => onChange(e.target.value)} />
    </FormField>
  );
}

interface NewPassphraseFieldsProps {
  passphrase: string;
  confirm: string;
  onChange: (change: { passphrase?: string; confirm?: string }) => void;
  errors: { passphrase?: string; confirm?: string };
  hint: string;
  /** Marks both labels as required ("*"), as forms with other required fields do. */
  required?: boolean;
  autoFocus?: boolean;
}

/** A new passphrase typed twice, so a typo cannot lock the assessor out of what it protects. */
export function NewPassphraseFields({ passphrase, confirm, onChange, errors, hint, required, autoFocus }: NewPassphraseFieldsProps) {
  const mark = required ? ' *' : '';
  return (
    <>
      <PassphraseField
        label={`Passphrase${mark}`}
        value={passphrase}
        onChange={(value) => onChange({ passphrase: value })}
        error={errors.passphrase}
        hint={hint}
        autoFocus={autoFocus}
        autoComplete="new-password"
      />
      <PassphraseField label={`Passphrase again${mark}`} value={confirm} onChange={(value) => onChange({ confirm: value })} error={errors.confirm} autoComplete="new-password" />
    </>
  );
}

import { useState, type ComponentProps } from 'react';
import {
  CONDUIT_DIRECTIONS,
  CONDUIT_DIRECTION_LABELS,
  conduitInputSchema,
  emptyConduitInput,
  type Conduit,
  type ConduitInput,
  type Zone,
} from '../../../shared/scope/zones';
import { FormDialog } from '../../ui/FormDialog';
import { RecordHistoryButton } from '../history/RecordHistoryButton';
import { FormField } from '../../ui/FormField';

interface Props {
  /** The conduit being edited; absent when adding one. */
  existing?: Conduit;
  zones: readonly Zone[];
  onCancel: () => void;
  onSubmit: (input: ConduitInput) => Promise<boolean>;
}

type Draft = Omit<ConduitInput, 'protocols'> & { protocols: string };

const splitList = (raw: string) =>
  raw
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

function draftOf(conduit: ConduitInput): Draft {
  const { name, fromZoneId, toZoneId, protocols, direction, accessPoints, securityMeasures } = conduit;
  return { name, fromZoneId, toZoneId, protocols: protocols.join(', '), direction, accessPoints, securityMeasures };
}

type ZoneSelectProps = Omit<ComponentProps<'select'>, 'onChange'> & { zones: readonly Zone[]; onChange: (id: string) => void };

/** A select of the zones; other props (the id and aria attributes FormField gives it) go to the <select>. */
function ZoneSelect({ zones, onChange, ...select }: ZoneSelectProps) {
  return (
    <select {...select} onChange={(e) => onChange(e.target.value)}>
      <option value="">Choose a zone…</option>
      {zones.map((z) => (
        <option key={z.id} value={z.id}>
          {z.name}
        </option>
      ))}
    </select>
  );
}

export function ConduitFormDialog({ existing, zones, onCancel, onSubmit }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(existing ?? emptyConduitInput()));
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const edit = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const parsed = conduitInputSchema.safeParse({ ...draft, protocols: splitList(draft.protocols) });
  const errors: Partial<Record<keyof Draft, string>> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path[0] as keyof Draft] ??= issue.message;
  const shown = submitted ? errors : {};

  async function submit() {
    setSubmitted(true);
    if (!parsed.success) return;
    setSaving(true);
    const ok = await onSubmit(parsed.data);
    setSaving(false);
    if (ok) onCancel();
  }

  return (
    <FormDialog
      title={existing ? `Edit conduit “${existing.name}”` : 'New conduit'}
      submit={existing ? 'Save conduit' : 'Add conduit'}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      saving={saving}
    >
      {existing && <RecordHistoryButton className="record-history-corner" recordId={existing.id} label={`conduit “${existing.name}”`} />}
      <div className="form-grid">
        <FormField label="Conduit name *" error={shown.name} hint="What the site calls the link, e.g. Historian replication.">
          <input autoFocus value={draft.name} maxLength={200} onChange={(e) => edit({ name: e.target.value })} />
        </FormField>
        <FormField label="Protocols" error={shown.protocols} hint="Separated by commas, e.g. OPC UA, Modbus/TCP">
          <input value={draft.protocols} onChange={(e) => edit({ protocols: e.target.value })} />
        </FormField>
        <FormField label="From zone *" error={shown.fromZoneId}>
          <ZoneSelect value={draft.fromZoneId} zones={zones} onChange={(fromZoneId) => edit({ fromZoneId })} />
        </FormField>
        <FormField label="To zone *" error={shown.toZoneId}>
          <ZoneSelect value={draft.toZoneId} zones={zones} onChange={(toZoneId) => edit({ toZoneId })} />
        </FormField>
        <fieldset className="field field-wide">
          <legend className="field-label">Direction</legend>
          <div className="check-row">
            {CONDUIT_DIRECTIONS.map((direction) => (
              <label key={direction} className="check">
                <input type="radio" name="conduit-direction" checked={draft.direction === direction} onChange={() => edit({ direction })} />
                {CONDUIT_DIRECTION_LABELS[direction]}
              </label>
            ))}
          </div>
        </fieldset>
        <FormField label="Access points" hint="Where the conduit enters each zone: firewalls, data diodes, jump hosts, switch ports." wide>
          <textarea rows={2} value={draft.accessPoints} maxLength={20000} onChange={(e) => edit({ accessPoints: e.target.value })} />
        </FormField>
        <FormField label="Security measures" hint="Filtering rules, encryption, authentication, monitoring." wide>
          <textarea rows={2} value={draft.securityMeasures} maxLength={20000} onChange={(e) => edit({ securityMeasures: e.target.value })} />
        </FormField>
      </div>
    </FormDialog>
  );
}

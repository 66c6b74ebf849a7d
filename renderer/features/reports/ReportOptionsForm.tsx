import { formatByteSize } from '../../../shared/format/byte-size';
import {
  DOCUMENT_STATUSES,
  IMAGE_MAX_BYTES,
  REPORT_LANGUAGE_LABELS,
  REPORT_LANGUAGES,
  REPORT_SECTION_LABELS,
  REPORT_SECTIONS,
  withLanguage,
  type DocumentStatus,
  type ReportLanguage,
  type ReportOptions,
  type ReportSection,
} from '../../../shared/report/options';
import { FormField } from '../../ui/FormField';
import { Options } from '../../ui/Options';
import { ImageInput } from './ImageInput';

const STATUS_OPTIONS = DOCUMENT_STATUSES.map((s) => ({ value: s, label: s === 'draft' ? 'Draft' : 'Final' }));
const LANGUAGE_OPTIONS = REPORT_LANGUAGES.map((l) => ({ value: l, label: REPORT_LANGUAGE_LABELS[l] }));
const MARKINGS = ['CONFIDENTIAL', 'INTERNAL', 'RESTRICTED', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'];

interface Props {
  draft: ReportOptions;
  errors: Record<string, string>;
  onEdit: (change: Partial<ReportOptions>) => void;
  /** Assets in the inventory, printed one per row by the appendix. */
  assetCount: number;
}

/** Everything about the report itself: cover, document control, sections and images. */
export function ReportOptionsForm({ draft, errors, onEdit, assetCount }: Props) {
  const toggle = (section: ReportSection, on: boolean) =>
    onEdit({ sections: REPORT_SECTIONS.filter((s) => (s === section ? on : draft.sections.includes(s))) });

  return (
    <form className="report-options" aria-label="Report options" onSubmit={(e) => e.preventDefault()}>
      <div className="form-grid">
        <FormField label="Title *" error={errors.title} wide>
          <input value={draft.title} maxLength={200} onChange={(e) => onEdit({ title: e.target.value })} />
        </FormField>
        <FormField label="Report date *" error={errors.reportDate} hint="The “as of” date on the cover.">
          <input type="date" value={draft.reportDate} onChange={(e) => onEdit({ reportDate: e.target.value })} />
        </FormField>
        <FormField label="Version *" error={errors.documentVersion}>
          <input value={draft.documentVersion} maxLength={20} onChange={(e) => onEdit({ documentVersion: e.target.value })} />
        </FormField>
        <FormField label="Status">
          <select value={draft.documentStatus} onChange={(e) => onEdit({ documentStatus: e.target.value as DocumentStatus })}>
            <Options options={STATUS_OPTIONS} />
          </select>
        </FormField>
        <FormField label="Language" hint="Of the headings and labels; your own text is printed as written.">
          <select value={draft.language} onChange={(e) => onEdit(withLanguage(draft, e.target.value as ReportLanguage))}>
            <Options options={LANGUAGE_OPTIONS} />
          </select>
        </FormField>
        <FormField label="Marking" error={errors.marking} hint="On the cover and every page header; empty prints none.">
          <input value={draft.marking} maxLength={80} list="report-markings" onChange={(e) => onEdit({ marking: e.target.value })} />
        </FormField>
        <datalist id="report-markings">
          {MARKINGS.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
        <FormField label="Site representative" error={errors.siteRepresentative} hint="Signs off beside the assessor.">
          <input value={draft.siteRepresentative} maxLength={200} onChange={(e) => onEdit({ siteRepresentative: e.target.value })} />
        </FormField>
        <FormField label="Distribution list" error={errors.distribution} hint="Who receives the report, one name or role per line." wide>
          <textarea rows={3} value={draft.distribution} maxLength={2000} onChange={(e) => onEdit({ distribution: e.target.value })} />
        </FormField>
        <fieldset className="field field-wide">
          <legend className="field-label">Sections</legend>
          <p className="field-hint report-sections-hint">The cover and the table of contents are always there.</p>
          <div className="report-sections">
            {REPORT_SECTIONS.map((section) => (
              <label key={section} className="check">
                <input type="checkbox" checked={draft.sections.includes(section)} onChange={(e) => toggle(section, e.target.checked)} />
                {REPORT_SECTION_LABELS[section]}
                {section === 'assetAppendix' && (
                  <span className="muted small">
                    ({assetCount.toLocaleString('en-GB')} asset{assetCount === 1 ? '' : 's'}, one row each: can run to many pages)
                  </span>
                )}
              </label>
            ))}
          </div>
        </fieldset>
        <ImageInput label="Logo" hint={`On the cover. PNG or JPEG, up to ${formatByteSize(IMAGE_MAX_BYTES)}.`} image={draft.logo} onChange={(logo) => onEdit({ logo })} />
        <ImageInput
          label="Assessor’s signature"
          hint="A drawn signature for the sign-off page."
          image={draft.assessorSignature}
          onChange={(assessorSignature) => onEdit({ assessorSignature })}
        />
        <ImageInput
          label="Site representative’s signature"
          hint="A drawn signature for the sign-off page."
          image={draft.siteSignature}
          onChange={(siteSignature) => onEdit({ siteSignature })}
        />
      </div>
    </form>
  );
}

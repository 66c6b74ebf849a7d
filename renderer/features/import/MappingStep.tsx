import { ASSET_FIELDS, ASSET_FIELD_LABELS, type AssetField } from '../../../shared/assets/asset';
import type { SheetSummary } from '../../../shared/ipc/contract';
import { columnLetter, isSecretHeader, mappingNamesRows } from '../../../shared/import';
import type { ColumnMapping, ImportedRow, SheetAnalysis } from '../../../shared/import/types';

interface Props {
  sheets: SheetSummary[];
  sheet: string;
  onSheet: (sheet: string) => void;
  analysis: SheetAnalysis;
  onHeaderRow: (rowIndex: number) => void;
  mapping: ColumnMapping;
  onMap: (column: number, field: AssetField | undefined) => void;
  savedMappingUsed: boolean;
  remember: boolean;
  onRemember: (on: boolean) => void;
  preview: ImportedRow[];
}

/** Sheet, header row and column mapping, with the first rows as they will be imported and their problems. */
export function MappingStep(p: Props) {
  const mappedFields = Object.values(p.mapping);
  const previewFields = ASSET_FIELDS.filter((f) => mappedFields.includes(f));
  return (
    <div className="wizard-step">
      <div className="form-row wizard-sheet">
        <label className="field">
          <span className="field-label">Sheet</span>
          <select value={p.sheet} onChange={(e) => p.onSheet(e.target.value)}>
            {p.sheets.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name} ({s.rowCount.toLocaleString('en-GB')} rows)
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Header row</span>
          <input
            type="number"
            min={1}
            value={p.analysis.headerRowIndex + 1}
            onChange={(e) => Number(e.target.value) >= 1 && p.onHeaderRow(Number(e.target.value) - 1)}
          />
        </label>
      </div>
      <p className="muted small">
        {p.analysis.dataRowCount.toLocaleString('en-GB')} data rows under the header.{' '}
        {p.savedMappingUsed && 'Using the mapping saved for files of this shape. '}
      </p>
      {p.analysis.looksLike && (
        <p className="notice notice-warning" role="note" aria-label="What this sheet looks like">
          This sheet looks like {p.analysis.looksLike.label} (columns {p.analysis.looksLike.evidence.map((h) => `“${h}”`).join(', ')}), not a list of
          devices: each row would become an asset. Choose another sheet, or go on if it does list devices.
        </p>
      )}
      {p.analysis.skippedRows.length > 0 && (
        <div className="notice notice-info notice-stack" role="note" aria-label="Rows left out">
          {p.analysis.skippedRows.length.toLocaleString('en-GB')} row{p.analysis.skippedRows.length === 1 ? '' : 's'} under the table {p.analysis.skippedRows.length === 1 ? 'is' : 'are'} left out:
          <ul>
            {p.analysis.skippedRows.slice(0, 10).map((r) => (
              <li key={r.row}>
                Row {r.row}: {r.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {p.analysis.omittedColumns > 0 && (
        <p className="notice notice-warning" role="note">
          This table has {(p.analysis.columns.length + p.analysis.omittedColumns).toLocaleString('en-GB')} columns; the first{' '}
          {p.analysis.columns.length.toLocaleString('en-GB')} are offered for mapping and the other{' '}
          {p.analysis.omittedColumns.toLocaleString('en-GB')} are not imported. Delete the columns you do not need, or move the
          ones you do to the left, and import again.
        </p>
      )}

      <table className="table mapping-table" aria-label="Column mapping">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Header in the file</th>
            <th scope="col">Sample values</th>
            <th scope="col">Imports as</th>
          </tr>
        </thead>
        <tbody>
          {p.analysis.columns.map((c) => (
            <tr key={c.index}>
              <td>{columnLetter(c.index)}</td>
              <td>{c.header || <span className="muted">(blank)</span>}</td>
              <td className="samples">{c.samples.slice(0, 3).join(' · ')}</td>
              <td>
                <select
                  aria-label={`Field for column ${columnLetter(c.index)} ${c.header}`}
                  value={p.mapping[c.index] ?? ''}
                  onChange={(e) => p.onMap(c.index, (e.target.value || undefined) as AssetField | undefined)}
                >
                  <option value="">{isSecretHeader(c.header) ? '— left out: passwords or secrets —' : '— kept as an extra attribute —'}</option>
                  {ASSET_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {ASSET_FIELD_LABELS[f]}
                    </option>
                  ))}
                </select>
                {c.proposed && p.mapping[c.index] === c.proposed.field && (
                  <span className="muted small"> by {c.proposed.by}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!mappedFields.includes('name') && (
        <p className="notice notice-warning" role="note">
          {mappingNamesRows(p.mapping)
            ? 'No column is mapped to Name: each asset will be named after its hostname, or else its first IP address.'
            : 'No column is mapped to Name: map the column that identifies each device (a tag, an ID, a hostname) to Name, Hostname or IP addresses.'}
        </p>
      )}
      <p className="muted small">
        Several columns may feed one field: lists (IP and MAC addresses, protocols, ports) take every column’s values, and free text
        (firmware, operating system, location, owner, notes) adds each further column’s value under its header. A column mapped to
        no field, and a value no field can take, is kept on the asset as an extra attribute under its header: nothing the file holds
        is lost. Columns whose header names passwords, PINs or SNMP communities are never copied.
      </p>
      <label className="radio">
        <input type="checkbox" checked={p.remember} onChange={(e) => p.onRemember(e.target.checked)} />
        Remember this mapping for the next file with the same columns
      </label>

      <h3 className="wizard-subtitle">Preview of the first {p.preview.length} rows</h3>
      <div className="preview-scroll">
        <table className="table preview-table" aria-label="Import preview">
          <thead>
            <tr>
              <th scope="col">Row</th>
              {previewFields.map((f) => (
                <th key={f} scope="col">
                  {ASSET_FIELD_LABELS[f]}
                </th>
              ))}
              <th scope="col">Extra attributes</th>
              <th scope="col">Problems</th>
            </tr>
          </thead>
          <tbody>
            {p.preview.map((r) => (
              <tr key={r.row} className={r.rejected ? 'row-rejected' : r.issues.some((i) => i.severity === 'warning') ? 'row-warning' : undefined}>
                <td>{r.row}</td>
                {previewFields.map((f) => {
                  const v = r.asset[f];
                  const problems = r.issues.filter((i) => i.severity !== 'info' && i.column !== null && p.mapping[i.column - 1] === f);
                  return (
                    <td key={f} className={problems.length ? 'cell-issue' : undefined} title={problems.map((i) => i.message).join(' ') || undefined}>
                      {Array.isArray(v) ? v.join(', ') : v === null ? '' : String(v)}
                    </td>
                  );
                })}
                <td className="samples">{(r.asset.attributes ?? []).map((a) => `${a.label}: ${a.value}`).join(' · ')}</td>
                <td className="issues-cell">{r.issues.map((i) => i.message).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

import { useId } from 'react';
import type { InventoryColumnKey } from '../../../shared/assets/inventory-view';
import type { InventoryColumn } from './columns';

interface Props {
  /** Every column there is: the asset fields, then the extra attributes the inventory's files brought. */
  columns: readonly InventoryColumn[];
  visible: readonly InventoryColumnKey[];
  onChange: (keys: InventoryColumnKey[]) => void;
}

/** Which columns the inventory shows; the choice is remembered on this laptop. The name column always stays. */
export function ColumnChooser({ columns, visible, onChange }: Props) {
  const id = useId();
  const fields = columns.filter((c) => c.field !== null);
  const attributes = columns.filter((c) => c.field === null);
  const check = (c: InventoryColumn) => (
    <label key={c.key} className="menu-check">
      <input
        type="checkbox"
        checked={visible.includes(c.key)}
        disabled={c.key === 'name'}
        onChange={(e) => onChange(columns.map((x) => x.key).filter((k) => (k === c.key ? e.target.checked : visible.includes(k))))}
      />
      {c.label}
    </label>
  );
  return (
    <>
      <button className="button" popoverTarget={id}>
        Columns ▾
      </button>
      <div id={id} popover="auto" className="menu column-menu" role="group" aria-label="Columns">
        {fields.map(check)}
        {attributes.length > 0 && (
          <div role="group" aria-label="From the imported files">
            <p className="menu-heading">From the imported files</p>
            {attributes.map(check)}
          </div>
        )}
      </div>
    </>
  );
}

import { useId } from 'react';
import type { AssetField } from '../../../shared/assets/asset';
import { INVENTORY_COLUMNS } from './columns';

/** Which columns the inventory shows; the choice is remembered on this laptop. The name column always stays. */
export function ColumnChooser({ visible, onChange }: { visible: readonly AssetField[]; onChange: (fields: AssetField[]) => void }) {
  const id = useId();
  return (
    <>
      <button className="button" popoverTarget={id}>
        Columns ▾
      </button>
      <div id={id} popover="auto" className="menu column-menu" role="group" aria-label="Columns">
        {INVENTORY_COLUMNS.map((c) => (
          <label key={c.field} className="menu-check">
            <input
              type="checkbox"
              checked={visible.includes(c.field)}
              disabled={c.field === 'name'}
              onChange={(e) =>
                onChange(INVENTORY_COLUMNS.map((x) => x.field).filter((f) => (f === c.field ? e.target.checked : visible.includes(f))))
              }
            />
            {c.label}
          </label>
        ))}
      </div>
    </>
  );
}

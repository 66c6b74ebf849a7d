import { useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Asset, AssetField } from '../../../shared/assets/asset';
import type { InventorySort } from '../../../shared/assets/inventory-view';
import { displayValue, editValue, type InventoryColumn } from './columns';
import { Options } from '../../ui/Options';

const ROW_HEIGHT = 34;

interface Props {
  assets: readonly Asset[];
  columns: readonly InventoryColumn[];
  sort: InventorySort;
  onSort: (field: AssetField) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onEdit: (asset: Asset, field: AssetField, raw: string) => void;
}

interface Editing {
  id: string;
  field: AssetField;
  value: string;
}

/** The inventory as a virtualised grid: only the rows in view exist in the page, so 100,000 assets scroll smoothly. */
export function InventoryTable({ assets, columns, sort, onSort, selected, onSelect, onEdit }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const virtualizer = useVirtualizer({
    count: assets.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const template = `36px ${columns.map((c) => `${c.width}px`).join(' ')}`;
  const allSelected = assets.length > 0 && assets.every((a) => selected.has(a.id));

  const commit = () => {
    if (!editing) return;
    const asset = assets.find((a) => a.id === editing.id);
    if (asset && editing.value !== editValue(asset, editing.field)) onEdit(asset, editing.field, editing.value);
    setEditing(null);
  };

  const editor = (column: InventoryColumn) => {
    const common = {
      autoFocus: true,
      'aria-label': `Edit ${column.label}`,
      className: 'cell-editor',
      value: editing!.value,
      onBlur: commit,
      onKeyDown: (e: React.KeyboardEvent) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setEditing(null);
        e.stopPropagation();
      },
    };
    if (column.editor.kind === 'choice')
      return (
        <select {...common} onChange={(e) => setEditing({ ...editing!, value: e.target.value })}>
          <Options options={column.editor.options} />
        </select>
      );
    return <input {...common} onChange={(e) => setEditing({ ...editing!, value: e.target.value })} />;
  };

  return (
    <div className="grid-scroller" ref={scroller} role="grid" aria-label="Asset inventory" aria-rowcount={assets.length + 1}>
      <div className="grid-row grid-header" role="row" style={{ gridTemplateColumns: template }}>
        <div role="columnheader" className="grid-cell grid-check">
          <input
            type="checkbox"
            aria-label="Select all shown assets"
            checked={allSelected}
            onChange={(e) => onSelect(assets.map((a) => a.id), e.target.checked)}
          />
        </div>
        {columns.map((c) => (
          <div
            key={c.field}
            role="columnheader"
            className="grid-cell"
            aria-sort={sort.field === c.field ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <button className="sort-button" onClick={() => onSort(c.field)}>
              {c.label}
              {sort.field === c.field && <span aria-hidden="true">{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span>}
            </button>
          </div>
        ))}
      </div>
      <div className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const asset = assets[item.index]!;
          return (
            <div
              key={asset.id}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={selected.has(asset.id)}
              className={`grid-row${selected.has(asset.id) ? ' grid-row-selected' : ''}`}
              style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)` }}
            >
              <div role="gridcell" className="grid-cell grid-check">
                <input
                  type="checkbox"
                  aria-label={`Select ${asset.name}`}
                  checked={selected.has(asset.id)}
                  onChange={(e) => onSelect([asset.id], e.target.checked)}
                />
              </div>
              {columns.map((c) => {
                const isEditing = editing?.id === asset.id && editing.field === c.field;
                const start = () => setEditing({ id: asset.id, field: c.field, value: editValue(asset, c.field) });
                return (
                  <div
                    key={c.field}
                    role="gridcell"
                    tabIndex={0}
                    className="grid-cell"
                    title={displayValue(asset, c.field)}
                    data-field={c.field}
                    onDoubleClick={start}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === 'F2') start();
                    }}
                  >
                    {isEditing ? editor(c) : displayValue(asset, c.field)}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}

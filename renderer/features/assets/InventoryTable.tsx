import { useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Asset } from '../../../shared/assets/asset';
import type { InventoryColumnKey, InventorySort } from '../../../shared/assets/inventory-view';
import { displayValue, editValue, type InventoryColumn } from './columns';
import { Options } from '../../ui/Options';

const ROW_HEIGHT = 34;

interface Props {
  assets: readonly Asset[];
  columns: readonly InventoryColumn[];
  sort: InventorySort;
  onSort: (key: InventoryColumnKey) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onEdit: (asset: Asset, column: InventoryColumn, raw: string) => void;
}

interface Editing {
  id: string;
  column: InventoryColumn;
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
    if (asset && editing.value !== editValue(asset, editing.column)) onEdit(asset, editing.column, editing.value);
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
            key={c.key}
            role="columnheader"
            className="grid-cell"
            aria-sort={sort.field === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <button className="sort-button" onClick={() => onSort(c.key)}>
              {c.label}
              {sort.field === c.key && <span aria-hidden="true">{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span>}
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
                const isEditing = editing?.id === asset.id && editing.column.key === c.key;
                const start = () => setEditing({ id: asset.id, column: c, value: editValue(asset, c) });
                return (
                  <div
                    key={c.key}
                    role="gridcell"
                    tabIndex={0}
                    className="grid-cell"
                    title={displayValue(asset, c)}
                    data-field={c.key}
                    onDoubleClick={start}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === 'F2') start();
                    }}
                  >
                    {isEditing ? editor(c) : displayValue(asset, c)}
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

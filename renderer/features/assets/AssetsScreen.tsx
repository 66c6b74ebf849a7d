import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { emptyAssetContent } from '../../../shared/assets/asset';
import { attributeLabels } from '../../../shared/assets/attributes';
import { NO_FILTER, filterAssets, sortAssets, type InventoryColumnKey, type InventoryFilter, type InventorySort } from '../../../shared/assets/inventory-view';
import { settings } from '../../db/instance';
import { useAppStore } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { ImportWizard } from '../import/ImportWizard';
import { RecordHistoryButton } from '../history/RecordHistoryButton';
import { BulkEditBar } from './BulkEditBar';
import { ColumnChooser } from './ColumnChooser';
import { AssetDetails } from './AssetDetails';
import { DEFAULT_VISIBLE, INVENTORY_COLUMNS, TYPE_OPTIONS, CRITICALITY_OPTIONS, attributeColumn, patchOf } from './columns';
import { InventoryStats } from './InventoryStats';
import { InventoryTable } from './InventoryTable';
import { Options } from '../../ui/Options';
import { ScreenHeader } from '../../ui/ScreenHeader';

const COLUMNS_SETTING = 'inventoryColumns';

export function AssetsScreen({ assessmentId }: { assessmentId: string }) {
  const loaded = useAppStore((s) => s.inventory);
  const loadInventory = useAppStore((s) => s.loadInventory);
  const notify = useAppStore((s) => s.notify);
  const addAsset = useAppStore((s) => s.addAsset);
  const editAssets = useAppStore((s) => s.editAssets);
  const deleteAssets = useAppStore((s) => s.deleteAssets);
  const undoLastImport = useAppStore((s) => s.undoLastImport);
  const current = loaded?.assessmentId === assessmentId ? loaded : undefined;
  const assets = current?.assets;
  const lastImport = current?.lastImport;
  const savedColumns = useLiveQuery(() => settings.get<InventoryColumnKey[]>(COLUMNS_SETTING), []);
  const [filter, setFilter] = useState<InventoryFilter>(NO_FILTER);
  const [sort, setSort] = useState<InventorySort>({ field: 'name', direction: 'asc' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [importing, setImporting] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const visible = savedColumns ?? DEFAULT_VISIBLE;
  const allColumns = useMemo(() => [...INVENTORY_COLUMNS, ...attributeLabels(assets ?? []).map(attributeColumn)], [assets]);
  const columns = allColumns.filter((c) => visible.includes(c.key));
  const shown = useMemo(() => (assets ? sortAssets(filterAssets(assets, filter), sort) : []), [assets, filter, sort]);
  const zones = useMemo(() => [...new Set((assets ?? []).map((a) => a.zone).filter(Boolean))].sort(), [assets]);
  const ids = useMemo(() => new Set((assets ?? []).map((a) => a.id)), [assets]);
  const selectedIds = [...selected].filter((id) => ids.has(id));
  const selectedOne = selectedIds.length === 1 ? assets?.find((a) => a.id === selectedIds[0]) : undefined;

  useEffect(() => {
    loadInventory(assessmentId).catch((e: unknown) => notify('error', `Could not read the inventory: ${e instanceof Error ? e.message : String(e)}`));
  }, [assessmentId, loadInventory, notify]);

  const select = (ids: string[], on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const header = (
    <ScreenHeader
      title="Asset inventory"
      lead={
        assets === undefined
          ? 'Loading…'
          : `${assets.length.toLocaleString('en-GB')} assets${shown.length !== assets.length ? `, ${shown.length.toLocaleString('en-GB')} shown` : ''}`
      }
    >
      <div className="toolbar">
        <button className="button button-primary" onClick={() => setImporting(true)}>
          Import spreadsheet…
        </button>
        <button className="button" onClick={() => void addAsset({ ...emptyAssetContent(`New asset ${(assets?.length ?? 0) + 1}`) })}>
          Add asset
        </button>
        {lastImport && (
          <button className="button" onClick={() => void undoLastImport()} title={`Undo the import of ${lastImport.fileName}`}>
            Undo last import
          </button>
        )}
      </div>
    </ScreenHeader>
  );

  return (
    <div className="screen screen-full">
      {header}
      {assets !== undefined && assets.length === 0 ? (
        <EmptyState
          title="No assets yet"
          action={
            <button className="button button-primary" onClick={() => setImporting(true)}>
              Import a spreadsheet
            </button>
          }
        >
          <p>Import the plant’s asset list (xlsx or csv, any layout: title rows, several sheets, headers in many languages; columns no field holds are kept as extra attributes), or add assets one by one.</p>
        </EmptyState>
      ) : (
        assets && (
          <>
            <InventoryStats assets={assets} />
            <div className="filter-bar" role="search">
              <input
                type="search"
                aria-label="Search assets"
                placeholder="Search name, vendor, model, IP, MAC, serial, extra attributes…"
                value={filter.search}
                onChange={(e) => setFilter({ ...filter, search: e.target.value })}
              />
              <select aria-label="Filter by type" value={filter.assetType} onChange={(e) => setFilter({ ...filter, assetType: e.target.value as InventoryFilter['assetType'] })}>
                <option value="">All types</option>
                <option value="none">Type not set</option>
                <Options options={TYPE_OPTIONS} />
              </select>
              <select aria-label="Filter by zone" value={filter.zone} onChange={(e) => setFilter({ ...filter, zone: e.target.value })}>
                <option value="">All zones</option>
                {zones.map((z) => (
                  <option key={z} value={z}>
                    {z}
                  </option>
                ))}
              </select>
              <select aria-label="Filter by criticality" value={filter.criticality} onChange={(e) => setFilter({ ...filter, criticality: e.target.value })}>
                <option value="">All criticalities</option>
                <option value="none">Not set</option>
                <Options options={CRITICALITY_OPTIONS} />
              </select>
              <ColumnChooser columns={allColumns} visible={visible} onChange={(keys) => void settings.set(COLUMNS_SETTING, keys)} />
            </div>
            {selectedIds.length > 0 && (
              <BulkEditBar
                count={selectedIds.length}
                zones={zones}
                onApply={(patch) => void editAssets(selectedIds, patch)}
                onDelete={() => setConfirmDelete(true)}
                onClear={() => setSelected(new Set())}
              >
                {selectedOne && <RecordHistoryButton recordId={selectedOne.id} label={`asset “${selectedOne.name}”`} />}
              </BulkEditBar>
            )}
            {selectedOne && <AssetDetails asset={selectedOne} />}
            <InventoryTable
              assets={shown}
              columns={columns}
              sort={sort}
              onSort={(key) => setSort((s) => ({ field: key, direction: s.field === key && s.direction === 'asc' ? 'desc' : 'asc' }))}
              selected={selected}
              onSelect={select}
              onEdit={(asset, column, raw) => void editAssets([asset.id], patchOf(asset, column, raw))}
            />
          </>
        )
      )}
      {importing && <ImportWizard assessmentId={assessmentId} onClose={() => setImporting(false)} />}
      {confirmDelete && (
        <Dialog
          title="Delete the selected assets?"
          onClose={() => setConfirmDelete(false)}
          onSubmit={() => {
            setConfirmDelete(false);
            void deleteAssets(selectedIds).then(() => setSelected(new Set()));
          }}
          actions={
            <>
              <button type="button" className="button" autoFocus onClick={() => setConfirmDelete(false)}>
                Keep them
              </button>
              <button type="submit" className="button button-danger">
                Delete {selectedIds.length.toLocaleString('en-GB')}
              </button>
            </>
          }
        >
          <p>
            {selectedIds.length.toLocaleString('en-GB')} asset{selectedIds.length === 1 ? '' : 's'} will be removed from this assessment’s
            inventory. This cannot be undone.
          </p>
        </Dialog>
      )}
    </div>
  );
}

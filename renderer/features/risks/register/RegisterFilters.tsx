import { RISK_LEVEL_LABELS } from '../../../../shared/risk/matrix';
import { RISK_LEVELS, type RiskMatrix } from '../../../../shared/risk/types';
import type { Zone } from '../../../../shared/scope/zones';
import { Options } from '../../../ui/Options';
import { cellText, type RegisterView } from '../risk-view';

const LEVEL_OPTIONS = [{ value: '', label: 'Any level' }, ...RISK_LEVELS.map((l) => ({ value: l, label: RISK_LEVEL_LABELS[l] }))];
const SORT_OPTIONS = [
  { value: 'residual', label: 'Residual level' },
  { value: 'inherent', label: 'Inherent level' },
];

interface Props {
  matrix: RiskMatrix;
  zones: readonly Zone[];
  view: RegisterView;
  onView: (view: RegisterView) => void;
}

/** Zone, residual level and sort order, group by zone, and the heat-map cell the register was drilled down to. */
export function RegisterFilters({ matrix, zones, view, onView }: Props) {
  const set = (change: Partial<RegisterView>) => onView({ ...view, ...change });
  return (
    <div className="filter-bar" role="group" aria-label="Register filters">
      <label className="filter">
        Zone
        <select value={view.zoneId} onChange={(e) => set({ zoneId: e.target.value })}>
          <Options options={[{ value: '', label: 'All zones' }, ...zones.map((z) => ({ value: z.id, label: z.name }))]} />
        </select>
      </label>
      <label className="filter">
        Residual level
        <select value={view.level} onChange={(e) => set({ level: RISK_LEVELS.find((l) => l === e.target.value) ?? '' })}>
          <Options options={LEVEL_OPTIONS} />
        </select>
      </label>
      <label className="filter">
        Sort by
        <select value={view.sort} onChange={(e) => set({ sort: e.target.value === 'inherent' ? 'inherent' : 'residual' })}>
          <Options options={SORT_OPTIONS} />
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={view.grouped} onChange={(e) => set({ grouped: e.target.checked })} />
        Group by zone or conduit
      </label>
      {view.cell && (
        <span className="cell-filter">
          Showing {cellText(matrix, view.cell)}
          <button type="button" className="button button-small" onClick={() => set({ cell: null })}>
            Show all cells
          </button>
        </span>
      )}
    </div>
  );
}

import { storageWarnings, type StorageStatus } from '../../db/storage';
import './snapshots.css';

/** The storage problems the assessor must act on, as a banner in the status bar rather than grey text. */
export function StorageWarnings({ status }: { status: StorageStatus }) {
  const warnings = storageWarnings(status);
  if (warnings.length === 0) return null;
  return (
    <div className="storage-warnings" role="status" data-testid="storage-warnings">
      {warnings.map((w) => (
        <p key={w} className="storage-warning">
          <span aria-hidden="true">⚠</span> {w}
        </p>
      ))}
    </div>
  );
}

import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc/contract';
import { api } from '../api';
import { checkStorage, type StorageStatus } from '../db/storage';
import { formatByteSize } from '../../shared/format/byte-size';
import { StorageWarnings } from '../features/snapshots/StorageWarnings';
import { AssessorStatus } from '../features/history/AssessorStatus';

export function StatusBar() {
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void checkStorage(true).then(setStorage);
    void api()
      .getAppInfo({})
      .then((r) => r.ok && setInfo(r.value));
    const timer = window.setInterval(() => void checkStorage(false).then(setStorage), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  return (
    <footer className="status-bar">
      <span className="status-offline" title="No network access: this app never connects anywhere">
        ● Offline by design
      </span>
      <AssessorStatus />
      {storage && (
        <span data-testid="storage-status" className={storage.persisted ? undefined : 'status-warn'}>
          Storage: {storage.usageBytes === null ? 'usage unknown' : formatByteSize(storage.usageBytes)} used
          {storage.quotaBytes !== null && ` of ${formatByteSize(storage.quotaBytes)}`} ·{' '}
          {storage.persisted ? 'persistent' : 'not persistent: export your work regularly'}
        </span>
      )}
      {storage && <StorageWarnings status={storage} />}
      {info && (
        <span className="status-version">
          {info.name} {info.version}
        </span>
      )}
    </footer>
  );
}

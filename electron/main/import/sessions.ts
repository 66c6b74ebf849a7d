import type { WorkbookGrid } from '../../../shared/import/types';
import type { ImportProgress } from '../../../shared/ipc/contract';

/** One file being imported: what the wizard polls while it is read, then the grids it analyses page by page. */
export interface ImportSession {
  progress: ImportProgress;
  /** Fires on importCancel, on a new open under the same id, and when the session is evicted or closed. */
  readonly abort: AbortController;
  fileName: string;
  workbook: WorkbookGrid | null;
}

const IN_FLIGHT: readonly ImportProgress['phase'][] = ['choosing', 'reading', 'parsing'];

/**
 * Opened workbooks in main's memory, keyed by the id the renderer chose. Bounded because a forgotten session
 * holds a whole workbook: beyond `capacity` the oldest is dropped (and its read stopped).
 */
export class ImportSessions {
  // A Map iterates in insertion order, so the first key is the oldest session.
  private readonly sessions = new Map<string, ImportSession>();

  constructor(private readonly capacity = 3) {}

  /** A fresh session in phase 'choosing', replacing any under the same id. */
  start(id: string): ImportSession {
    this.close(id);
    const session: ImportSession = {
      progress: { phase: 'choosing', rowsRead: 0, bytesTotal: 0 },
      abort: new AbortController(),
      fileName: '',
      workbook: null,
    };
    this.sessions.set(id, session);
    for (const oldest of this.sessions.keys()) {
      if (this.sessions.size <= this.capacity) break;
      this.close(oldest);
    }
    return session;
  }

  get(id: string): ImportSession | undefined {
    return this.sessions.get(id);
  }

  /** Stops a session that is still choosing or reading; false when there is nothing to stop. */
  cancel(id: string): boolean {
    const session = this.sessions.get(id);
    if (!session || !IN_FLIGHT.includes(session.progress.phase)) return false;
    session.abort.abort();
    session.progress = { ...session.progress, phase: 'cancelled' };
    return true;
  }

  close(id: string): boolean {
    const session = this.sessions.get(id);
    session?.abort.abort();
    return this.sessions.delete(id);
  }
}

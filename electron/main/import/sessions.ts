import type { ImportProgress } from '../../../shared/ipc/contract';
import type { IsolatedProcess } from '../isolation/isolated-process';

/** One file being imported: what the wizard polls while it is read, and the reader process holding its grids. */
export interface ImportSession {
  progress: ImportProgress;
  /** Fires on importCancel, on a new open under the same id, and when the session is evicted or closed. */
  readonly abort: AbortController;
  fileName: string;
  /** Reads the file and keeps its grids; null until the file is chosen, stopped when the session ends. */
  reader: IsolatedProcess | null;
  /** True once the file has been read and the reader holds its grids. */
  ready: boolean;
}

const IN_FLIGHT: readonly ImportProgress['phase'][] = ['choosing', 'reading', 'parsing'];

/**
 * Open import sessions, keyed by the id the renderer chose. Bounded because a forgotten session holds a whole
 * workbook in its reader process: beyond `capacity` the oldest is dropped (and its reader stopped).
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
      reader: null,
      ready: false,
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
    session?.reader?.stop();
    return this.sessions.delete(id);
  }
}

import type { StateCreator } from 'zustand';
import type { AuditEntry, Author } from '../../../shared/audit/audit';
import { describeFailure } from '../../db/storage';
import type { AppState, StoreDeps } from '../store';
import { attempt } from './attempt';

/** Which history to show: the open assessment's whole trail, or one record's. */
export interface HistoryRequest {
  recordId?: string;
  /** What the record is, in words ("zone “Control”"), for the title. */
  label?: string;
}

export interface HistoryView extends HistoryRequest {
  assessmentId: string;
  /** Newest first; null while they are read. */
  entries: AuditEntry[] | null;
}

/** The assessor profile of this laptop (who the audit trail names) and the history dialog. */
export interface AuditSlice {
  /** Null until loaded; its name is empty until the assessor sets it. */
  profile: Author | null;
  /** Reads (or creates) the profile, which every change from then on is recorded under: call it before any write. */
  loadProfile: () => Promise<void>;
  renameProfile: (name: string) => Promise<boolean>;
  /** The history dialog's content while it is open. */
  history: HistoryView | null;
  showHistory: (request?: HistoryRequest) => Promise<void>;
  closeHistory: () => void;
}

export const createAuditSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], AuditSlice> =>
  (set, get) => ({
    profile: null,

    async loadProfile() {
      try {
        set({ profile: await deps.profile.load() });
      } catch (error) {
        get().notify('error', `The assessor profile could not be read, so no change can be recorded: ${describeFailure(error)}`);
      }
    },

    renameProfile: (name) =>
      attempt(get().notify, async () => {
        const profile = await deps.profile.rename(name);
        set({ profile });
        return `Changes made on this laptop are now recorded as made by ${profile.name}.`;
      }),

    history: null,

    async showHistory(request = {}) {
      const assessmentId = get().openAssessmentId;
      if (!assessmentId) return;
      const view: HistoryView = { ...request, assessmentId, entries: null };
      set({ history: view });
      try {
        const entries = request.recordId ? await deps.audit.ofRecord(assessmentId, request.recordId) : await deps.audit.list(assessmentId);
        // Only if the dialog still shows what was asked for (it may have been closed or opened for another record).
        if (get().history === view) set({ history: { ...view, entries } });
      } catch (error) {
        if (get().history === view) set({ history: null });
        get().notify('error', `The history could not be read: ${describeFailure(error)}`);
      }
    },

    closeHistory: () => set({ history: null }),
  });

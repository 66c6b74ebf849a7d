import { describeFailure } from '../../db/storage';
import type { StateCreator } from 'zustand';
import type { AssessmentInput } from '../../../shared/domain/assessment';
import { SETTING_LAST_OPEN_ASSESSMENT } from '../../db/repos/settings.repo';
import { unwrap } from '../../api';
import { demoBundle } from '../../../shared/demo/bundle';
import { formatByteSize } from '../../../shared/format/byte-size';
import type { ImportResult } from '../../../shared/ipc/contract';
import type { AppState, StoreDeps } from '../store';

/** Assessment-level actions. The records themselves live in Dexie; screens read them with live queries. */
export interface AssessmentsSlice {
  busy: string | null;
  restoreSession: () => Promise<void>;
  openAssessment: (id: string) => Promise<void>;
  closeAssessment: () => Promise<void>;
  createAssessment: (input: AssessmentInput) => Promise<boolean>;
  saveAssessmentDetails: (id: string, input: AssessmentInput) => Promise<boolean>;
  renameAssessment: (id: string, name: string) => Promise<boolean>;
  duplicateAssessment: (id: string) => Promise<void>;
  deleteAssessment: (id: string) => Promise<void>;
  /** Writes the assessment to a `.csms` file, encrypted when a passphrase is given; true once saved. */
  exportAssessment: (id: string, passphrase?: string) => Promise<boolean>;
  /** An encrypted file chosen for import, waiting for its passphrase; the passphrase dialog shows while it is set. */
  importPassphrase: PassphrasePrompt | null;
  importAssessmentFile: () => Promise<void>;
  /** Tries the passphrase on the held file: imports it, or keeps the prompt with the reason to try again. */
  unlockImportFile: (passphrase: string) => Promise<void>;
  cancelImportFile: () => void;
  /** Adds the demo assessment (a copy if it is already here) and opens it. */
  openSample: () => Promise<void>;
}

export interface PassphrasePrompt {
  fileName: string;
  fileToken: string;
  /** Why the last passphrase did not open it, or null before the first try. */
  problem: string | null;
}

export const createAssessmentsSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], AssessmentsSlice> =>
  (set, get) => {
    /** Runs one user action: shows it as busy and turns any failure into an error notice. */
    async function act<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
      set({ busy: label });
      try {
        return await work();
      } catch (error) {
        get().notify('error', describeFailure(error));
        return undefined;
      } finally {
        set({ busy: null });
      }
    }

    /** Imports an opened file, or keeps (or starts) the passphrase prompt for an encrypted one. */
    async function settleImport(result: ImportResult): Promise<void> {
      if (result.status === 'cancelled') return;
      if (result.status === 'needs-passphrase') {
        set({ importPassphrase: { fileName: result.fileName, fileToken: result.fileToken, problem: result.problem } });
        return;
      }
      set({ importPassphrase: null });
      const { assessment, asCopy } = await deps.assessments.importBundle(result.bundle);
      const from = `“${result.fileName}”${result.encrypted ? ' (encrypted)' : ''}`;
      get().notify(
        'success',
        asCopy
          ? `${from} holds an assessment that is already here, so it was imported as a copy: “${assessment.name}”.`
          : `Imported “${assessment.name}” from ${from}.`,
      );
    }

    return {
      busy: null,
      importPassphrase: null,

      async restoreSession() {
        const id = await deps.settings.get<string>(SETTING_LAST_OPEN_ASSESSMENT);
        if (id && (await deps.assessments.get(id))) get().setOpenAssessment(id);
      },

      async openAssessment(id) {
        await deps.settings.set(SETTING_LAST_OPEN_ASSESSMENT, id);
        get().setOpenAssessment(id);
        get().go('scope');
      },

      async closeAssessment() {
        await deps.settings.remove(SETTING_LAST_OPEN_ASSESSMENT);
        get().setOpenAssessment(null);
        get().go('assessments');
      },

      async createAssessment(input) {
        const created = await act('Creating assessment', () => deps.assessments.create(input));
        if (!created) return false;
        get().notify('success', `Created “${created.name}”.`);
        await get().openAssessment(created.id);
        return true;
      },

      async saveAssessmentDetails(id, input) {
        const ok = await act('Saving', async () => (await deps.assessments.update(id, input), true));
        if (ok) get().notify('success', `Saved the details of “${input.name.trim()}”.`);
        return ok === true;
      },

      async renameAssessment(id, name) {
        const ok = await act('Renaming', async () => (await deps.assessments.rename(id, name), true));
        if (ok) get().notify('success', `Renamed to “${name.trim()}”.`);
        return ok === true;
      },

      async duplicateAssessment(id) {
        await act('Duplicating', async () => {
          const source = await deps.assessments.get(id);
          if (!source) throw new Error('This assessment no longer exists.');
          const copy = await deps.assessments.duplicate(id, `${source.name} (copy)`);
          get().notify('success', `Duplicated as “${copy.name}”.`);
        });
      },

      async deleteAssessment(id) {
        await act('Deleting', async () => {
          const name = (await deps.assessments.get(id))?.name ?? 'assessment';
          await deps.assessments.remove(id);
          if (get().openAssessmentId === id) await get().closeAssessment();
          get().notify('success', `Deleted “${name}”.`);
        });
      },

      async exportAssessment(id, passphrase) {
        const saved = await act('Exporting', async () => {
          const bundle = await deps.assessments.readBundle(id);
          const result = unwrap(await deps.api().exportAssessment(passphrase === undefined ? { bundle } : { bundle, passphrase }));
          if (result.status !== 'saved') return false;
          const how = passphrase === undefined ? '' : ', encrypted';
          get().notify('success', `Exported “${bundle.assessment.name}” to ${result.path} (${formatByteSize(result.bytes)}${how}).`);
          return true;
        });
        return saved === true;
      },

      async openSample() {
        const outcome = await act('Opening the sample', () => deps.assessments.importBundle(demoBundle()));
        if (!outcome) return;
        get().notify('success', `Opened the sample assessment “${outcome.assessment.name}”${outcome.asCopy ? ' (as a copy: the sample is already here)' : ''}.`);
        await get().openAssessment(outcome.assessment.id);
      },

      async importAssessmentFile() {
        await act('Importing', async () => settleImport(unwrap(await deps.api().importAssessment({}))));
      },

      async unlockImportFile(passphrase) {
        const prompt = get().importPassphrase;
        if (!prompt) return;
        const done = await act('Opening the encrypted file', async () => {
          await settleImport(unwrap(await deps.api().importAssessment({ fileToken: prompt.fileToken, passphrase })));
          return true;
        });
        // Anything but a passphrase to try again (damage, tampering, a file held too long) ends the prompt.
        if (done === undefined) set({ importPassphrase: null });
      },

      cancelImportFile() {
        set({ importPassphrase: null });
      },
    };
  };

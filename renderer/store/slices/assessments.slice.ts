import { describeFailure } from '../../db/storage';
import type { StateCreator } from 'zustand';
import type { AssessmentInput } from '../../../shared/domain/assessment';
import { SETTING_LAST_OPEN_ASSESSMENT } from '../../db/repos/settings.repo';
import { unwrap } from '../../api';
import { demoBundle } from '../../../shared/demo/bundle';
import { formatByteSize } from '../../../shared/format/byte-size';
import type { ImportResult } from '../../../shared/ipc/contract';
import type { AssessmentBundle } from '../../../shared/bundle/bundle';
import type { MergeChoice, MergeCounts, MergePlan } from '../../../shared/merge/types';
import { validateZoneNames } from '../../../shared/scope/zones';
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
  /** A colleague's file on its way into an assessment that is already here; the merge dialogs show while it is set. */
  merge: MergeSession | null;
  /** Asks for a `.csms` file and, if it is a version of this assessment, shows what merging it would do. */
  mergeFileInto: (assessmentId: string) => Promise<void>;
  /** From the question an import of a known assessment asks: plan the merge and show it. */
  reviewMerge: () => Promise<void>;
  /** From the same question: import the file as a separate copy with new ids, as before merging existed. */
  importMergeFileAsCopy: () => Promise<void>;
  /** Settles one conflict of the plan shown. */
  chooseMergeSide: (conflictId: string, choice: MergeChoice) => void;
  /** Settles every conflict the same way ("Keep all mine" / "Take all theirs"). */
  chooseMergeSideForAll: (choice: MergeChoice) => void;
  /** Snapshots the assessment, then merges the file with the choices made; true once merged. */
  confirmMerge: () => Promise<boolean>;
  cancelMerge: () => void;
}

interface MergeFile {
  fileName: string;
  bundle: AssessmentBundle;
  /** The assessment here that the file is a version of. */
  targetId: string;
  targetName: string;
}

/** 'ask': an import found its assessment already here (merge, copy or cancel?); 'review': the plan, for choices. */
export type MergeSession =
  | (MergeFile & { stage: 'ask' })
  | (MergeFile & { stage: 'review'; plan: MergePlan; choices: Partial<Record<string, MergeChoice>> });

export interface PassphrasePrompt {
  fileName: string;
  fileToken: string;
  /** Why the last passphrase did not open it, or null before the first try. */
  problem: string | null;
  /** The assessment the file is to be merged into, or null for a plain import. */
  mergeInto: string | null;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

/** "Merged “b.csms” into “Site”: 12 records added, 3 changed, 1 deleted, 2 conflicts settled." */
function mergeOutcome(file: MergeFile, plan: MergePlan): string {
  const total = (kind: keyof MergeCounts) => Object.values(plan.changes).reduce((sum, counts) => sum + counts[kind], 0);
  const records = ([['added', 'added'], ['updated', 'changed'], ['deleted', 'deleted']] as const)
    .map(([kind, verb]) => [total(kind), verb] as const)
    .filter(([n]) => n > 0)
    .map(([n, verb], i) => `${i === 0 ? plural(n, 'record') : n.toLocaleString('en-GB')} ${verb}`);
  const conflicts = plan.conflicts.length > 0 ? [`${plural(plan.conflicts.length, 'conflict')} settled`] : [];
  const parts = [...records, ...conflicts];
  const what = parts.length > 0 ? parts.join(', ') : `${plural(plan.newEntries, 'change')} of the trail taken in, no record changed`;
  return `Merged “${file.fileName}” into “${file.targetName}”: ${what}.`;
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

    /**
     * Takes an opened file where it was meant to go, or keeps (or starts) the passphrase prompt for an encrypted one:
     * a plain import adds it, unless its assessment is already here (then it asks whether to merge); a merge checks
     * the file is a version of the target and shows the plan.
     */
    async function settleImport(result: ImportResult, mergeInto: string | null): Promise<void> {
      if (result.status === 'cancelled') return;
      if (result.status === 'needs-passphrase') {
        set({ importPassphrase: { fileName: result.fileName, fileToken: result.fileToken, problem: result.problem, mergeInto } });
        return;
      }
      set({ importPassphrase: null });
      const { bundle, fileName } = result;
      if (mergeInto !== null) return showMergePlan(await mergeTarget(mergeInto, fileName, bundle));
      if (await deps.assessments.exists(bundle.assessment.id)) {
        const target = await deps.assessments.get(bundle.assessment.id);
        set({ merge: { stage: 'ask', fileName, bundle, targetId: bundle.assessment.id, targetName: target?.name ?? bundle.assessment.name } });
        return;
      }
      const { assessment } = await deps.assessments.importBundle(bundle);
      get().notify('success', `Imported “${assessment.name}” from “${fileName}”${result.encrypted ? ' (encrypted)' : ''}.`);
    }

    /** The file and the assessment it is to be merged into, refused when the file holds a different assessment. */
    async function mergeTarget(targetId: string, fileName: string, bundle: AssessmentBundle): Promise<MergeFile> {
      const target = await deps.assessments.get(targetId);
      if (!target) throw new Error('The assessment to merge into no longer exists.');
      if (bundle.assessment.id !== targetId)
        throw new Error(
          `“${fileName}” holds the assessment “${bundle.assessment.name}”, not “${target.name}”: only a version of “${target.name}” ` +
            `(exported from it on another laptop) can be merged into it. To add “${bundle.assessment.name}” on its own, use Import on the Assessments screen.`,
        );
      return { fileName, bundle, targetId, targetName: target.name };
    }

    async function showMergePlan(file: MergeFile): Promise<void> {
      const plan = await deps.assessments.planMerge(file.bundle);
      const nothingNew = plan.newEntries === 0 && plan.conflicts.length === 0 && Object.values(plan.changes).every((c) => c.added + c.updated + c.deleted === 0);
      if (nothingNew) {
        set({ merge: null });
        get().notify(
          'info',
          `Nothing to merge: “${file.targetName}” already knows every change in “${file.fileName}”. ` +
            'What was undone here since (by an edit or by restoring a snapshot) stays undone.',
        );
        return;
      }
      set({ merge: { ...file, stage: 'review', plan, choices: {} } });
    }

    /** Sets choices on the plan under review (nothing when no plan is shown). */
    function setChoices(update: (session: Extract<MergeSession, { stage: 'review' }>) => Partial<Record<string, MergeChoice>>) {
      const session = get().merge;
      if (session?.stage === 'review') set({ merge: { ...session, choices: update(session) } });
    }

    return {
      busy: null,
      importPassphrase: null,
      merge: null,

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
        await act('Importing', async () => settleImport(unwrap(await deps.api().importAssessment({})), null));
      },

      async mergeFileInto(assessmentId) {
        await act('Opening the file to merge', async () => settleImport(unwrap(await deps.api().importAssessment({})), assessmentId));
      },

      async reviewMerge() {
        const session = get().merge;
        if (session?.stage !== 'ask') return;
        const done = await act('Comparing the file', async () => (await showMergePlan(session), true));
        if (!done) set({ merge: null });
      },

      async importMergeFileAsCopy() {
        const session = get().merge;
        if (session?.stage !== 'ask') return;
        set({ merge: null });
        const outcome = await act('Importing', () => deps.assessments.importBundle(session.bundle));
        if (outcome) get().notify('success', `Imported “${session.fileName}” as a separate copy: “${outcome.assessment.name}”.`);
      },

      chooseMergeSide: (conflictId, choice) => setChoices((s) => ({ ...s.choices, [conflictId]: choice })),

      chooseMergeSideForAll: (choice) => setChoices((s) => Object.fromEntries(s.plan.conflicts.map((c) => [c.id, choice]))),

      async confirmMerge() {
        const session = get().merge;
        if (session?.stage !== 'review') return false;
        const choices: Record<string, MergeChoice> = {};
        for (const conflict of session.plan.conflicts) {
          const choice = session.choices[conflict.id];
          if (!choice) {
            get().notify('error', `Choose which version to keep for every conflict before merging “${session.fileName}”.`);
            return false;
          }
          choices[conflict.id] = choice;
        }
        const merged = await act('Merging', async () => {
          try {
            await deps.snapshots.take(session.targetId, 'before-merge');
          } catch (error) {
            // As before an import: the merge goes ahead, but the assessor must know there is nothing to go back to.
            get().notify('error', `No snapshot could be taken before merging “${session.fileName}”: ${describeFailure(error)}`);
          }
          try {
            await deps.assessments.applyMerge(session.bundle, choices, session.fileName);
          } catch (error) {
            throw new Error(`“${session.fileName}” could not be merged into “${session.targetName}”; nothing was changed. ${describeFailure(error)}`);
          }
          // The inventory is held in memory (inventory slice): read the merged one afresh.
          if (get().inventory?.assessmentId === session.targetId) {
            set({ inventory: null });
            await get().loadInventory(session.targetId);
          }
          return true;
        });
        if (!merged) return false;
        set({ merge: null });
        get().notify('success', mergeOutcome(session, session.plan));
        // Zones made apart on two laptops have different ids, so both stay; but assets follow zones by name.
        for (const clash of validateZoneNames(await deps.scope.listZones(session.targetId)))
          get().notify('error', `After merging “${session.fileName}”: ${clash}. Assets belong to zones by name: rename or delete one in Scope.`);
        return true;
      },

      cancelMerge() {
        set({ merge: null });
      },

      async unlockImportFile(passphrase) {
        const prompt = get().importPassphrase;
        if (!prompt) return;
        const done = await act('Opening the encrypted file', async () => {
          await settleImport(unwrap(await deps.api().importAssessment({ fileToken: prompt.fileToken, passphrase })), prompt.mergeInto);
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

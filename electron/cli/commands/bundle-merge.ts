import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import packageJson from '../../../package.json';
import { authorSchema } from '../../../shared/audit/audit';
import { assessmentBundleSchema } from '../../../shared/bundle/bundle';
import { encodeBundle } from '../../../shared/bundle/encode';
import { UserFacingError } from '../../../shared/ipc/result';
import { mergeBundles, planMerge } from '../../../shared/merge/merge';
import type { MergeChoice, MergeCounts } from '../../../shared/merge/types';
import { writeBundleFile } from '../../main/bundle-file';
import { fileNameOf } from '../../main/paths';
import { parseCommandArgs } from '../args';
import type { Subcommand } from '../command';
import { conflictLine } from '../conflict-line';
import { NeedsDecisionError, UsageError } from '../errors';
import { fileExists } from '../file-exists';
import { passphraseFromEnv, readBundleForCli } from '../read-bundle';
import { describeBundleIssue } from '../../../shared/bundle/describe-issue';

/** Who the merge's trail entry names when --as does not say. */
const DEFAULT_AUTHOR = 'csms command line';
const PREFERENCES: Record<string, MergeChoice> = { first: 'local', second: 'incoming' };

/**
 * Merges B into A as a laptop of its own would (a fresh replica writing one entry), and writes the result to
 * OUT: encrypted under the passphrase whenever one is given, so encrypted work never comes out plain.
 */
export const merge: Subcommand = {
  usage: 'merge A.csms B.csms --out OUT.csms [--prefer first|second] [--as NAME] [--force] [--passphrase-env VAR]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        out: { type: 'string' },
        prefer: { type: 'string' },
        as: { type: 'string' },
        force: { type: 'boolean' },
        'passphrase-env': { type: 'string' },
      },
      ['A.csms', 'B.csms'],
    );
    const { 'A.csms': first, 'B.csms': second } = positionals;
    const out = values.out;
    if (!out) throw new UsageError('missing --out OUT.csms');
    const prefer = values.prefer;
    if (prefer !== undefined && !Object.hasOwn(PREFERENCES, prefer))
      throw new UsageError(`--prefer takes “first” or “second”, not “${prefer}”`);
    const author = authorSchema.safeParse({ id: randomUUID(), name: values.as ?? DEFAULT_AUTHOR });
    if (!author.success) throw new UsageError('--as takes a name of at most 120 characters');
    for (const input of [first, second])
      if (resolve(input) === resolve(out))
        throw new UserFacingError('invalid-request', `--out names “${fileNameOf(input)}”, one of the files to merge; write the result to a new file.`);
    if (!values.force && (await fileExists(io, out)))
      throw new UserFacingError('bad-file', `“${fileNameOf(out)}” already exists; use --force to overwrite it.`);

    const passphraseEnv = values['passphrase-env'];
    const a = await readBundleForCli(io, first, passphraseEnv);
    const b = await readBundleForCli(io, second, passphraseEnv);
    const files = { local: a.fileName, incoming: b.fileName };
    const [ours, theirs] = [a.bundle.assessment, b.bundle.assessment];
    if (ours.id !== theirs.id)
      throw new UserFacingError(
        'bad-file',
        `“${b.fileName}” holds assessment “${theirs.name}” (${theirs.id.slice(0, 8)}), not “${ours.name}” (${ours.id.slice(0, 8)}) ` +
          `as “${a.fileName}” does; only copies of one assessment can be merged.`,
      );

    const plan = planMerge(a.bundle, b.bundle);
    if (plan.conflicts.length > 0 && prefer === undefined) {
      for (const c of plan.conflicts) io.out(`conflict: ${conflictLine(c, files)}\n`);
      throw new NeedsDecisionError(
        `${plural(plan.conflicts.length, 'conflict')} between “${a.fileName}” and “${b.fileName}”; nothing written. ` +
          'Settle them all with --prefer first or --prefer second, or merge in the app to choose one by one.',
      );
    }
    const choice = PREFERENCES[prefer ?? 'first']!;
    const now = new Date().toISOString();
    const { bundle, changes } = mergeBundles(a.bundle, b.bundle, Object.fromEntries(plan.conflicts.map((c) => [c.id, choice])), {
      replica: randomUUID(),
      seq: 1,
      at: now,
      by: author.data,
      entryId: randomUUID(),
      note: b.fileName,
    });
    // A file the app would refuse must never be written: two files within every limit can merge past one.
    const parsed = assessmentBundleSchema.safeParse(bundle);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UserFacingError(
        'bad-file',
        `The merge of “${a.fileName}” and “${b.fileName}” would not be a valid assessment file (${issue ? describeBundleIssue(issue).replace(/\.$/, '') : 'its content is invalid'}); nothing written.`,
      );
    }
    const checked = parsed.data;
    const passphrase = passphraseFromEnv(passphraseEnv);
    await writeBundleFile(io.fs, out, await encodeBundle(checked, { appVersion: packageJson.version, exportedAt: now }), passphrase);

    const settled =
      plan.conflicts.length === 0
        ? '0 conflicts'
        : `${plural(plan.conflicts.length, 'conflict')} settled for “${choice === 'local' ? a.fileName : b.fileName}” (--prefer ${prefer})`;
    const entries = plural(plan.newEntries, 'new trail entry', 'new trail entries');
    const encrypted = passphrase === undefined ? '' : ' (encrypted)';
    io.out(`merged “${b.fileName}” into “${a.fileName}”: ${tally(Object.values(changes))}, ${entries}; ${settled} → ${out}${encrypted}\n`);
  },
};

function tally(counts: readonly MergeCounts[]): string {
  const sum = (key: keyof MergeCounts) => counts.reduce((n, c) => n + c[key], 0);
  return `${sum('added')} added, ${sum('updated')} changed, ${sum('deleted')} deleted`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

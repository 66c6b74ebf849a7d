import { formatByteSize } from '../../../shared/format/byte-size';
import { countRecords } from '../../../shared/bundle/format';
import { EDITION_LABELS, SECTOR_LABELS } from '../../../shared/domain/assessment';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { readBundleForCli } from '../read-bundle';

export const inspect: Command = {
  name: 'inspect',
  usage: 'FILE.csms [--json] [--passphrase-env VAR]',
  summary: 'Check an assessment file and show what it holds (--json: one JSON object; an encrypted file needs --passphrase-env)',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, 'passphrase-env': { type: 'string' } }, ['FILE.csms']);
    const file = positionals['FILE.csms'];
    // Decoding verifies every checksum and record, so the counts below come from the data, not the manifest's word.
    const { manifest, bundle, encryption } = await readBundleForCli(io, file, values['passphrase-env']);
    const { assessment: _one, ...counts } = countRecords(bundle);
    const evidenceBytes = bundle.evidence.reduce((sum, e) => sum + e.data.byteLength, 0);
    const a = bundle.assessment;

    if (values.json) {
      const report = {
        file,
        formatVersion: manifest.formatVersion,
        appVersion: manifest.appVersion,
        exportedAt: manifest.exportedAt,
        assessment: {
          id: a.id,
          name: a.name,
          organisation: a.organisation,
          location: a.location,
          sector: a.sector,
          edition: a.edition,
          assessors: a.assessors,
        },
        counts,
        evidenceBytes,
        encryption,
      };
      io.out(`${JSON.stringify(report)}\n`);
      return;
    }

    const rows: [string, string][] = [
      ['File', file],
      ['Format', `${manifest.formatVersion}, written by CSMS Assessor ${manifest.appVersion} at ${manifest.exportedAt}`],
      ['Encryption', encryption ? `AES-256-GCM, key from ${encryption.kdf} with ${encryption.iterations} rounds` : 'none'],
      ['Assessment', a.name],
      ['Id', a.id],
      ['Organisation', a.organisation],
      ['Location', a.location],
      ['Sector', SECTOR_LABELS[a.sector]],
      ['Edition', EDITION_LABELS[a.edition]],
      ['Assessors', a.assessors.join(', ')],
      ...Object.entries(counts).map(([table, n]): [string, string] =>
        table === 'evidence' ? ['Evidence', `${n} ${n === 1 ? 'file' : 'files'}, ${formatByteSize(evidenceBytes)}`] : [capitalise(table), String(n)],
      ),
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    io.out(rows.map(([label, value]) => `${label.padEnd(width)}  ${value || '—'}`).join('\n') + '\n');
  },
};

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

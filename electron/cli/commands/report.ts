import { join } from 'node:path';
import { buildReportModel } from '../../../shared/report/model';
import { defaultReportOptions, REPORT_LANGUAGES, withLanguage, type ReportLanguage, type ReportOptions } from '../../../shared/report/options';
import { UserFacingError } from '../../../shared/ipc/result';
import { fileNameOf } from '../../main/paths';
import { withIoError } from '../../main/io-error';
import { REPORT_WORK, runIsolated } from '../../main/isolation/untrusted-files';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { UsageError } from '../errors';
import { passphraseFromEnv, readBundleForCli } from '../read-bundle';
import packageJson from '../../../package.json';

/** Set by launch.mjs (the repository's assets/fonts); the working directory's assets/fonts otherwise. */
const fontsDir = () => process.env.CSMS_FONTS_DIR ?? join(process.cwd(), 'assets/fonts');

const today = () => new Date().toISOString().slice(0, 10);

export const report: Command = {
  name: 'report',
  usage:
    'FILE.csms [--xlsx OUT.xlsx] [--pdf OUT.pdf] [--p12 CERT.p12 --p12-pass-env VAR] [--lang en|de] [--marking TEXT] [--date YYYY-MM-DD] [--appendix] [--passphrase-env VAR]',
  summary: 'Write the Excel workbook and/or the PDF report (signed with --p12) of an assessment file',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        xlsx: { type: 'string' },
        pdf: { type: 'string' },
        p12: { type: 'string' },
        'p12-pass-env': { type: 'string' },
        lang: { type: 'string' },
        marking: { type: 'string' },
        date: { type: 'string' },
        appendix: { type: 'boolean' },
        'passphrase-env': { type: 'string' },
      },
      ['FILE.csms'],
    );
    if (!values.xlsx && !values.pdf) throw new UsageError('give --xlsx OUT.xlsx, --pdf OUT.pdf or both');
    if (values.p12 && !values.pdf) throw new UsageError('--p12 signs the PDF: give --pdf OUT.pdf too');
    if (values.p12 && !values['p12-pass-env']) throw new UsageError('--p12 needs --p12-pass-env VAR (the variable holding the passphrase)');
    const options = reportOptions(values);
    const signing = values.p12 ? await readSigning(io, values.p12, values['p12-pass-env'] ?? '') : null;

    const { bundle } = await readBundleForCli(io, positionals['FILE.csms'], values['passphrase-env']);
    const context = { generatedAt: new Date().toISOString(), appVersion: packageJson.version, fontsDir: fontsDir() };
    // Made in the worker the app uses: the PDF and workbook libraries load there, and a crafted certificate stops there.
    if (values.pdf) {
      const produced = await runIsolated(io.isolation, REPORT_WORK, 'producePdf', { bundle, options, signing, context });
      await withIoError(`Could not write “${fileNameOf(values.pdf)}”`, () => io.fs.writeFileAtomic(values.pdf ?? '', produced.pdf));
      const signed = produced.signature ? `, signed by ${produced.signature.certificate.commonName}` : '';
      io.out(`Wrote ${values.pdf}: ${produced.pageCount} pages${signed}\n`);
    }
    if (values.xlsx) {
      const bytes = await runIsolated(io.isolation, REPORT_WORK, 'writeWorkbook', { bundle, options, context });
      const model = buildReportModel(bundle, options, context);
      await withIoError(`Could not write “${fileNameOf(values.xlsx)}”`, () => io.fs.writeFileAtomic(values.xlsx ?? '', bytes));
      io.out(`Wrote ${values.xlsx}: ${model.assets.length} assets, ${model.requirements.length} requirements, ${model.findings.length} findings, ${model.risks.length} risks, ${model.actions.length} actions\n`);
    }
  },
};

function reportOptions(values: { lang?: string; marking?: string; date?: string; appendix?: boolean }): ReportOptions {
  const date = values.date ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new UsageError(`--date must be YYYY-MM-DD, not “${date}”`);
  const language = values.lang ?? 'en';
  if (!REPORT_LANGUAGES.includes(language as ReportLanguage))
    throw new UsageError(`--lang must be one of ${REPORT_LANGUAGES.join(', ')}, not “${language}”`);
  const options = defaultReportOptions(date);
  return {
    ...options,
    ...withLanguage(options, language as ReportLanguage),
    marking: values.marking ?? options.marking,
    sections: values.appendix ? [...options.sections, 'assetAppendix'] : options.sections,
  };
}

async function readSigning(io: Parameters<Command['run']>[1], path: string, variable: string) {
  const passphrase = passphraseFromEnv(variable) ?? '';
  const fileName = fileNameOf(path);
  const p12 = await withIoError(`Could not read “${fileName}”`, () => io.fs.readFile(path));
  if (p12.byteLength === 0) throw new UserFacingError('bad-file', `“${fileName}” is empty; it is not a certificate file.`);
  return { fileName, p12, passphrase };
}

import { z } from 'zod';
import { evidenceMetaSchema } from '../domain/tables';
import { RECORD_TABLES, assessmentBundleSchema, type AssessmentBundle } from './bundle';
import { formatByteSize } from '../format/byte-size';
import { describeBundleIssue, describeMemberIssue } from './describe-issue';
import { decryptBundleBytes, readEnvelopeInfo, type EnvelopeInfo } from './encryption';
import { BundleError, damaged, notAssessmentFile, tooLarge } from './errors';
import {
  ASSESSMENT_PATH,
  AUDIT_PATH,
  BUNDLE_FORMAT_NAME,
  BUNDLE_FORMAT_VERSION,
  EVIDENCE_INDEX_PATH,
  FIRST_FORMAT_WITH_AUDIT,
  MANIFEST_PATH,
  countRecords,
  evidencePath,
  manifestHeadSchema,
  manifestSchema,
  sniffContainer,
  tablePath,
  type Manifest,
} from './format';
import { sha256Hex } from './sha256';
import { readMember, readZipDirectory, ZipError, type ZipLimits, type ZipMember } from '../zip/zip-archive';
import { EVIDENCE_MAX_BYTES } from '../evidence/evidence-file';

/**
 * A 100,000-asset inventory is about 60 MB of JSON and compresses some 10-fold; evidence files are at most
 * EVIDENCE_MAX_BYTES each. Far beyond that, a file is crafted to exhaust memory.
 */
export const BUNDLE_ZIP_LIMITS: ZipLimits = {
  maxMembers: 20_000,
  maxMemberBytes: 256 * 1024 ** 2,
  maxTotalBytes: 1024 ** 3,
  maxCompressionRatio: 500,
};

/** The passphrase opens an encrypted file; a plain file ignores it. Tests lower the limits. */
export type DecodeOptions = Partial<ZipLimits> & { passphrase?: string };

export interface DecodedBundle {
  manifest: Manifest;
  bundle: AssessmentBundle;
  /** How the file was encrypted, or null for a plain one. */
  encryption: EnvelopeInfo | null;
}

/** Reads `.csms` bytes; throws BundleError saying what is wrong and where. */
export async function decodeBundle(bytes: Uint8Array, options?: DecodeOptions): Promise<AssessmentBundle> {
  return (await decodeBundleWithManifest(bytes, options)).bundle;
}

/** Like decodeBundle, keeping the manifest for callers that report on the file itself (the CLI). */
export async function decodeBundleWithManifest(bytes: Uint8Array, { passphrase, ...limits }: DecodeOptions = {}): Promise<DecodedBundle> {
  const { zip, encryption } = await openContainer(bytes, passphrase);
  const entries = readDirectory(zip, { ...BUNDLE_ZIP_LIMITS, ...limits }).filter((e) => !e.name.endsWith('/')); // folder entries some zip tools add
  const manifestEntry = entries.find((e) => e.name === MANIFEST_PATH);
  if (!manifestEntry) throw notAssessmentFile('the ZIP archive has no manifest.json');

  const manifest = readManifest(await inflate(zip, manifestEntry));
  const memberEntries = entries.filter((e) => e !== manifestEntry);
  checkMemberNames(manifest, memberEntries);
  const members = new Map<string, Uint8Array>();
  for (const entry of memberEntries) members.set(entry.name, await inflate(zip, entry));
  await checkMemberChecksums(manifest, members);

  const bundle = parseBundle(members);
  checkConsistency(manifest, bundle);
  return { manifest, bundle, encryption };
}

/** The ZIP itself, or the one an envelope wraps: the header is checked before the passphrase is asked for. */
async function openContainer(bytes: Uint8Array, passphrase: string | undefined): Promise<{ zip: Uint8Array; encryption: EnvelopeInfo | null }> {
  switch (sniffContainer(bytes)) {
    case 'zip':
      return { zip: bytes, encryption: null };
    case 'encrypted': {
      const encryption = await readEnvelopeInfo(bytes);
      const zip = await decryptBundleBytes(bytes, passphrase);
      if (sniffContainer(zip) !== 'zip') throw damaged('its encrypted content is not a ZIP archive');
      return { zip, encryption };
    }
    case 'unknown':
      throw notAssessmentFile(bytes.byteLength === 0 ? 'the file is empty' : 'it is neither a ZIP archive nor an encrypted assessment file');
  }
}

/** The archive's directory, every limit checked on it before anything is inflated; evidence files keep their own limit. */
function readDirectory(zip: Uint8Array, limits: ZipLimits): ZipMember[] {
  let entries: ZipMember[];
  try {
    entries = readZipDirectory(zip, limits);
  } catch (error) {
    throw bundleZipError(error);
  }
  const evidence = entries.find((e) => e.name.startsWith('evidence/') && e.name !== EVIDENCE_INDEX_PATH && e.size > EVIDENCE_MAX_BYTES);
  if (evidence) throw tooLarge(`${evidence.name} would expand to ${formatByteSize(evidence.size)} (evidence files are at most ${formatByteSize(EVIDENCE_MAX_BYTES)})`);
  return entries;
}

async function inflate(zip: Uint8Array, entry: ZipMember): Promise<Uint8Array> {
  try {
    return await readMember(zip, entry);
  } catch (error) {
    throw bundleZipError(error);
  }
}

function bundleZipError(error: unknown): unknown {
  if (!(error instanceof ZipError)) return error;
  return error.kind === 'too-large' ? tooLarge(error.message) : damaged(error.message);
}

function readManifest(bytes: Uint8Array): Manifest {
  const json = parseJson(MANIFEST_PATH, bytes);
  const head = manifestHeadSchema.safeParse(json);
  if (!head.success || head.data.format !== BUNDLE_FORMAT_NAME)
    throw notAssessmentFile(`its ${MANIFEST_PATH} is not a CSMS Assessor manifest`);
  if (head.data.formatVersion > BUNDLE_FORMAT_VERSION)
    throw new BundleError(
      'newer-version',
      `This file was written by a newer version of CSMS Assessor (format ${head.data.formatVersion}); ` +
        `this version reads format ${BUNDLE_FORMAT_VERSION}. Update the app to open it.`,
    );
  const parsed = manifestSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) throw damaged(describeFirstIssue(MANIFEST_PATH, parsed.error, false));
  return parsed.data;
}

/** Every member the format requires is listed, every listed member is present, nothing unlisted rides along. */
function checkMemberNames(manifest: Manifest, entries: readonly ZipMember[]): void {
  const trail = manifest.formatVersion >= FIRST_FORMAT_WITH_AUDIT ? [AUDIT_PATH] : [];
  const required = [ASSESSMENT_PATH, ...RECORD_TABLES.map(tablePath), EVIDENCE_INDEX_PATH, ...trail];
  for (const path of required) if (!Object.hasOwn(manifest.members, path)) throw damaged(`${path} is missing`);
  const present = new Set(entries.map((e) => e.name));
  for (const path of Object.keys(manifest.members)) if (!present.has(path)) throw damaged(`${path} is missing`);
  for (const e of entries)
    if (!Object.hasOwn(manifest.members, e.name)) throw damaged(`it contains ${e.name}, which ${MANIFEST_PATH} does not list`);
}

async function checkMemberChecksums(manifest: Manifest, members: ReadonlyMap<string, Uint8Array>): Promise<void> {
  const listed = Object.entries(manifest.members);
  const hashes = await Promise.all(listed.map(([path]) => sha256Hex(member(members, path))));
  listed.forEach(([path, { size, sha256 }], i) => {
    const actual = member(members, path).byteLength;
    if (actual !== size) throw damaged(`${path} is ${actual} bytes long but ${MANIFEST_PATH} says ${size}`);
    if (hashes[i] !== sha256) throw damaged(`${path} does not match its checksum`);
  });
}

function parseBundle(members: ReadonlyMap<string, Uint8Array>): AssessmentBundle {
  const json = (path: string) => parseJson(path, member(members, path));
  const candidate = {
    assessment: json(ASSESSMENT_PATH),
    tables: Object.fromEntries(RECORD_TABLES.map((t) => [t, json(tablePath(t))])),
    evidence: attachEvidenceData(json(EVIDENCE_INDEX_PATH), members),
    // Format 1 files come from before the trail: an empty one.
    audit: members.has(AUDIT_PATH) ? json(AUDIT_PATH) : [],
  };
  const parsed = assessmentBundleSchema.safeParse(candidate, { reportInput: true });
  if (!parsed.success) throw damaged(parsed.error.issues[0] ? describeBundleIssue(parsed.error.issues[0]) : 'its content is invalid');
  return parsed.data;
}

/** Evidence metadata and bytes are separate members; join them by id, and name a missing file by its record. */
function attachEvidenceData(index: unknown, members: ReadonlyMap<string, Uint8Array>): unknown[] {
  const parsed = z.array(evidenceMetaSchema).safeParse(index, { reportInput: true });
  if (!parsed.success) throw damaged(describeFirstIssue(EVIDENCE_INDEX_PATH, parsed.error, true));
  return parsed.data.map((meta, i) => {
    const data = members.get(evidencePath(meta.id));
    if (!data) throw damaged(`${EVIDENCE_INDEX_PATH}, record ${i + 1}: its file ${evidencePath(meta.id)} is missing`);
    return { ...meta, data };
  });
}

/** What the schema cannot see: duplicate ids, evidence files nobody refers to, and agreement with the manifest. */
function checkConsistency(manifest: Manifest, bundle: AssessmentBundle): void {
  for (const t of RECORD_TABLES) checkUniqueIds(tablePath(t), bundle.tables[t]);
  checkUniqueIds(EVIDENCE_INDEX_PATH, bundle.evidence);
  checkUniqueIds(AUDIT_PATH, bundle.audit);
  checkUniqueEntryNumbers(bundle.audit);

  const referenced = new Set(bundle.evidence.map((e) => evidencePath(e.id)));
  for (const path of Object.keys(manifest.members))
    if (path.startsWith('evidence/') && path !== EVIDENCE_INDEX_PATH && !referenced.has(path))
      throw damaged(`${path} is not described in ${EVIDENCE_INDEX_PATH}`);
  bundle.evidence.forEach((e, i) => {
    if (manifest.members[evidencePath(e.id)]?.sha256 !== e.sha256)
      throw damaged(`${EVIDENCE_INDEX_PATH}, record ${i + 1}: sha256 does not match its file ${evidencePath(e.id)}`);
  });

  if (manifest.assessment.id !== bundle.assessment.id)
    throw damaged(`${MANIFEST_PATH} names assessment ${manifest.assessment.id} but ${ASSESSMENT_PATH} holds ${bundle.assessment.id}`);
  const counts = countRecords(bundle);
  for (const [key, count] of Object.entries(counts)) {
    const declared = manifest.counts[key as keyof typeof counts];
    if (declared !== count) throw damaged(`${MANIFEST_PATH} counts ${declared} ${key} but the file holds ${count}`);
  }
  const declaredAudit = manifest.counts.audit;
  if (declaredAudit !== undefined && declaredAudit !== bundle.audit.length)
    throw damaged(`${MANIFEST_PATH} counts ${declaredAudit} audit entries but the file holds ${bundle.audit.length}`);
}

/** A replica numbers its entries once each: two entries under one number would make the trail's causality lie. */
function checkUniqueEntryNumbers(audit: AssessmentBundle['audit']): void {
  const firstIndex = new Map<string, number>();
  audit.forEach((e, i) => {
    const key = `${e.replica}\u0000${e.seq}`;
    const earlier = firstIndex.get(key);
    if (earlier !== undefined) throw damaged(`${AUDIT_PATH}, record ${i + 1}: replica ${e.replica} entry ${e.seq} repeats record ${earlier + 1}`);
    firstIndex.set(key, i);
  });
}

function checkUniqueIds(memberPath: string, records: readonly { id: string }[]): void {
  const firstIndex = new Map<string, number>();
  records.forEach((r, i) => {
    const earlier = firstIndex.get(r.id);
    if (earlier !== undefined) throw damaged(`${memberPath}, record ${i + 1}: id repeats record ${earlier + 1}`);
    firstIndex.set(r.id, i);
  });
}

function member(members: ReadonlyMap<string, Uint8Array>, path: string): Uint8Array {
  const data = members.get(path);
  if (!data) throw damaged(`${path} is missing`);
  return data;
}

/** A key "__proto__" (not a value holding those letters: inside a JSON string its quotes would be escaped). */
const PROTO_KEY = /(?<!\\)"__proto__"\s*:/;

function parseJson(path: string, bytes: Uint8Array): unknown {
  let text: string;
  let json: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    json = JSON.parse(text);
  } catch {
    throw damaged(`${path} is not valid JSON`);
  }
  // The schema would drop such a field without a word; a file holding one was made to test readers, not written here.
  if (PROTO_KEY.test(text)) throw damaged(`${path} holds a field named __proto__, a name this format does not allow`);
  return json;
}

function describeFirstIssue(memberPath: string, error: z.ZodError, hasRecords: boolean): string {
  const issue = error.issues[0];
  return issue ? describeMemberIssue(memberPath, issue.path, issue, hasRecords) : `${memberPath} is invalid`;
}

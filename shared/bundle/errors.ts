export type BundleErrorKind =
  | 'not-assessment-file'
  | 'newer-version'
  | 'damaged'
  | 'too-large'
  /** Encrypted, and no passphrase (or an empty one) was given. */
  | 'needs-passphrase'
  /** The key check value does not match: the passphrase is not this file's. */
  | 'wrong-passphrase'
  /** A new file's passphrase is too short (or too long). */
  | 'weak-passphrase';

/** Why a file could not be read as an assessment. The message says what is wrong and where, for the user. */
export class BundleError extends Error {
  constructor(
    readonly kind: BundleErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'BundleError';
  }
}

export const notAssessmentFile = (detail: string) =>
  new BundleError('not-assessment-file', `This is not a CSMS Assessor file: ${detail}.`);

export const damaged = (detail: string) => new BundleError('damaged', `The file is damaged: ${detail}.`);

export const tooLarge = (detail: string) => new BundleError('too-large', `The file is too large to open safely: ${detail}.`);

import { Held } from './held';

/** An encrypted `.csms` file read from disk, waiting in main for its passphrase. */
export interface HeldBundleFile {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Encrypted files between "import" and "here is the passphrase", so a wrong passphrase can be retried without
 * choosing the file again. A few at most, for ten minutes: the bytes are ciphertext, but a file up to 1 GB is
 * memory worth giving back.
 */
export class HeldBundleFiles extends Held<HeldBundleFile> {
  constructor(now?: () => number) {
    super({ limit: 2, maxAgeMs: 10 * 60_000, now });
  }
}

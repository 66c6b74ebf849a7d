import type { CertificateInfo, SigningIdentity } from '../../../shared/report/signing';
import type { settingsRepo } from './settings.repo';

const SETTING_SIGNING_IDENTITY = 'signingIdentity';

const isIdentity = (value: unknown): value is SigningIdentity => {
  const v = value as Partial<SigningIdentity> | undefined;
  const certificate = v?.certificate as Partial<CertificateInfo> | undefined;
  return typeof v?.fileName === 'string' && v.p12 instanceof Uint8Array && typeof certificate?.sha256Fingerprint === 'string';
};

/**
 * The assessor's signing identity, one per laptop, in the settings table: the .p12 exactly as it came (its key
 * still encrypted under the passphrase) and what its certificate says. The passphrase is never stored.
 */
export function signingRepo(settings: ReturnType<typeof settingsRepo>) {
  return {
    async get(): Promise<SigningIdentity | null> {
      const stored = await settings.get<unknown>(SETTING_SIGNING_IDENTITY);
      return isIdentity(stored) ? stored : null;
    },
    async set({ fileName, p12, certificate }: SigningIdentity): Promise<void> {
      await settings.set(SETTING_SIGNING_IDENTITY, { fileName, p12, certificate });
    },
    remove: (): Promise<void> => settings.remove(SETTING_SIGNING_IDENTITY),
  };
}

export type SigningRepo = ReturnType<typeof signingRepo>;

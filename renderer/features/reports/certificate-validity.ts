import type { CertificateInfo } from '../../../shared/report/signing';
import { formatDate } from '../../ui/format';

/** Why a certificate cannot sign today, or null when it can (main refuses such a certificate with its own message). */
export function validityProblem(certificate: Pick<CertificateInfo, 'notBefore' | 'notAfter'>, now = new Date()): string | null {
  if (new Date(certificate.notAfter) < now) return `This certificate expired on ${formatDate(certificate.notAfter)}: create or import a current one to sign.`;
  if (new Date(certificate.notBefore) > now) return `This certificate is valid only from ${formatDate(certificate.notBefore)}.`;
  return null;
}

import type { CertificateInfo } from '../../../shared/report/signing';
import { formatDate } from '../../ui/format';
import { validityProblem } from './certificate-validity';

/** What a reader of the signed PDF will see of the signer, so the assessor can check it before signing. */
export function CertificateDetails({ certificate, fileName }: { certificate: CertificateInfo; fileName: string }) {
  const problem = validityProblem(certificate);
  return (
    <>
      <dl className="certificate" aria-label="Signing certificate">
        <dt>Name</dt>
        <dd data-testid="certificate-name">{certificate.commonName}</dd>
        {certificate.organisation && (
          <>
            <dt>Organisation</dt>
            <dd>{certificate.organisation}</dd>
          </>
        )}
        {certificate.email && (
          <>
            <dt>E-mail</dt>
            <dd>{certificate.email}</dd>
          </>
        )}
        <dt>Issued by</dt>
        <dd>{certificate.selfSigned ? 'Self-signed (issued by the signer)' : certificate.issuer}</dd>
        <dt>Valid</dt>
        <dd>
          {formatDate(certificate.notBefore)} to {formatDate(certificate.notAfter)}
        </dd>
        <dt>SHA-256</dt>
        <dd className="fingerprint">{certificate.sha256Fingerprint}</dd>
        <dt>File</dt>
        <dd>{fileName}</dd>
      </dl>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

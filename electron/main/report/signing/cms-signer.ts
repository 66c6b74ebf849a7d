import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import { decodedAttributes } from './certificate-info';
import type { OpenedP12 } from './inspect-p12';

/** forge's types omit the issuer/serialNumber form of addSigner and Date attribute values, both of which it reads. */
interface SignerOptions {
  key: forge.pki.rsa.PrivateKey;
  issuer: forge.pki.CertificateField[];
  serialNumber: string;
  digestAlgorithm: string;
  authenticatedAttributes: { type: string; value?: string | Date }[];
}

/**
 * The CMS signature @signpdf's P12Signer makes (detached, SHA-256, the same signed attributes in the same order),
 * from an already opened and checked PKCS#12 file. P12Signer cannot be used as it is: it names the issuer through
 * forge's certificate object, which encodes UTF-8 names twice, so a certificate issued to or by "José Núñez" gave a
 * signature no reader could match to its certificate.
 */
export class CmsSigner extends Signer {
  constructor(private readonly identity: OpenedP12) {
    super();
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const { key, certificate, certificates } = this.identity;
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'));
    for (const cert of certificates) p7.addCertificate(cert);
    const signer: SignerOptions = {
      key,
      issuer: decodedAttributes(certificate.issuer),
      serialNumber: certificate.serialNumber,
      digestAlgorithm: forge.pki.oids.sha256!,
      // This order (content type, signing time, digest) is the one EU signature validators accept.
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime!, value: signingTime ?? new Date() },
        { type: forge.pki.oids.messageDigest! },
      ],
    };
    p7.addSigner(signer as unknown as Parameters<typeof p7.addSigner>[0]);
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}

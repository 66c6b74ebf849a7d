import forge from 'node-forge';

const PBE_PREFIXES = ['1.2.840.113549.1.12.1.', '1.2.840.113549.1.5.'];

/** An INTEGER node's DER content for `n` (big-endian, with a leading zero byte when the top bit is set). */
function integerBytes(n: number): string {
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return forge.util.hexToBytes(hex);
}

function setPbeRounds(node: forge.asn1.Asn1, rounds: number): void {
  if (!Array.isArray(node.value)) {
    if (node.type === forge.asn1.Type.OCTETSTRING && typeof node.value === 'string' && node.value.charCodeAt(0) === 0x30) {
      try {
        const inner = forge.asn1.fromDer(node.value, true);
        setPbeRounds(inner, rounds);
        node.value = forge.asn1.toDer(inner).getBytes();
      } catch {
        // encrypted bytes
      }
    }
    return;
  }
  const [first, params] = node.value;
  const oid = first?.type === forge.asn1.Type.OID && typeof first.value === 'string' ? forge.asn1.derToOid(first.value) : '';
  if (PBE_PREFIXES.some((p) => oid.startsWith(p)) && Array.isArray(params?.value) && params.value[1]?.type === forge.asn1.Type.INTEGER)
    params.value[1].value = integerBytes(rounds);
  for (const child of node.value) setPbeRounds(child, rounds);
}

/**
 * A PKCS#12 file rewritten to ask for `mac` rounds in its integrity check and `pbe` rounds in every readable
 * encrypted part: the file a crafted certificate would be (its MAC no longer verifies, which a reader only learns
 * after doing the work).
 */
export function withKdfRounds(p12: Uint8Array, rounds: { mac?: number; pbe?: number }): Uint8Array {
  const pfx = forge.asn1.fromDer(forge.util.binary.raw.encode(p12));
  const children = pfx.value as forge.asn1.Asn1[];
  const macData = children[2];
  if (rounds.mac !== undefined && macData && Array.isArray(macData.value)) {
    const integer = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.INTEGER, false, integerBytes(rounds.mac));
    macData.value[2] = integer;
  }
  if (rounds.pbe !== undefined && children[1]) setPbeRounds(children[1], rounds.pbe);
  return forge.util.binary.raw.decode(forge.asn1.toDer(pfx).getBytes());
}

/**
 * A PKCS#12 file without an integrity check whose clear content is encoded so that a strict DER reader cannot look
 * inside while node-forge still can: split into a constructed OCTET STRING of 16-byte chunks (valid BER), or given
 * a length one byte too long. What a file made to hide its key-derivation rounds would do.
 */
export function withHiddenContent(p12: Uint8Array, how: 'chunked' | 'long-length'): Uint8Array {
  const pfx = forge.asn1.fromDer(forge.util.binary.raw.encode(p12));
  const children = pfx.value as forge.asn1.Asn1[];
  children.splice(2); // no MAC
  const content = ((children[1]!.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!;
  const der = content.value as string;
  if (how === 'chunked') {
    const chunks: forge.asn1.Asn1[] = [];
    for (let i = 0; i < der.length; i += 16) chunks.push(forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.OCTETSTRING, false, der.slice(i, i + 16)));
    (children[1]!.value as forge.asn1.Asn1[])[1]!.value = [forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.OCTETSTRING, true, chunks)];
  } else {
    if (der.charCodeAt(1) !== 0x82) throw new Error('expected a two-byte length');
    const length = ((der.charCodeAt(2) << 8) | der.charCodeAt(3)) + 1;
    content.value = `${der[0]}\x82${String.fromCharCode(length >> 8, length & 255)}${der.slice(4)}`;
  }
  return forge.util.binary.raw.decode(forge.asn1.toDer(pfx).getBytes());
}

/**
 * Playwright bindings carry JSON only, while the IPC contract carries file bytes (Uint8Array), which Electron's
 * structured clone passes as they are. This codec stands in for that one difference. It is one source text,
 * evaluated both in the page (init script) and in the test process, so the two sides cannot drift.
 */
export const TRANSPORT_CODEC_SOURCE = String.raw`
function encodeForTransport(value) {
  if (value instanceof Uint8Array) {
    let binary = '';
    for (let i = 0; i < value.length; i += 0x8000) binary += String.fromCharCode.apply(null, value.subarray(i, i + 0x8000));
    return { __bytes: btoa(binary) };
  }
  if (Array.isArray(value)) return value.map(encodeForTransport);
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const key of Object.keys(value)) out[key] = encodeForTransport(value[key]);
    return out;
  }
  return value;
}
function decodeFromTransport(value) {
  if (Array.isArray(value)) return value.map(decodeFromTransport);
  if (value !== null && typeof value === 'object') {
    if (typeof value.__bytes === 'string' && Object.keys(value).length === 1) {
      const binary = atob(value.__bytes);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      return bytes;
    }
    const out = {};
    for (const key of Object.keys(value)) out[key] = decodeFromTransport(value[key]);
    return out;
  }
  return value;
}`;

type Codec = { encodeForTransport: (v: unknown) => unknown; decodeFromTransport: (v: unknown) => unknown };

export const nodeCodec: Codec = new Function(`${TRANSPORT_CODEC_SOURCE}; return { encodeForTransport, decodeFromTransport };`)();

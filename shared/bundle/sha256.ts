/** Lower-case hex SHA-256 via WebCrypto, which Node and the browser both provide as the global `crypto`. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // WebCrypto's types want an ArrayBuffer-backed view; bundle bytes never live in a SharedArrayBuffer.
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

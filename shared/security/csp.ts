/**
 * The one Content-Security-Policy of the app: renderer/index.html carries it in a meta tag and main sends it as a
 * header with every app:// response, so the two can never disagree. No 'unsafe-inline', no 'unsafe-eval'.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
  "frame-src 'none'; worker-src 'self' blob:";

/** The same policy for the <meta> tag, which browsers refuse to take frame-ancestors from (the header carries it). */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(/\s*frame-ancestors [^;]*;/, '');

/**
 * Casebook's Content-Security-Policy, the one copy: the built page carries it in a `<meta>` (put there at
 * build time from this constant), and the harness sends it as a header. Everything from Casebook's own
 * files, nothing from anywhere else; no eval (zod runs jitless); inline styles only, for Mantine.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The policy as an HTTP header, which (unlike a `<meta>`) can also refuse being framed. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** What index.html holds where the policy goes; the build replaces it with CONTENT_SECURITY_POLICY. */
export const CSP_PLACEHOLDER = '%CASEBOOK_CSP%';

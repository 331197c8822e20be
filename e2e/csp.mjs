// Treaty Reader's Content-Security-Policy, in one place for the test server (e2e/server.mjs) and
// the tests; index.html carries the same policy as a <meta> (a test checks they agree) and
// docs/hosting.md shows it as headers for common hosts.
//
// Why each directive:
// - script-src 'self' 'wasm-unsafe-eval': only the app's own files run (no inline script, no
//   eval); WebAssembly needs 'wasm-unsafe-eval' to compile. Text from documents is never HTML,
//   and this makes an injected <script> or on*= attribute inert even if that ever failed.
// - style-src 'self': no inline styles (the app sets none; hostile CSS in a document is text).
// - connect-src 'self' https: http:: the reader may open a library from another site after
//   consenting on a page that names it (?bundle=, and <treaty-reader bundle=…>), so fetches
//   cannot be limited to 'self'. A host that wants no foreign libraries sets connect-src 'self'
//   (docs/hosting.md); such links then fail with a message naming the address.
// - object-src 'none', base-uri 'self', form-action 'self': no plugins, no <base> hijack, no
//   form posting elsewhere.
// - frame-ancestors: the app refuses to be framed ('none'; a framed page could trick a reader
//   into "Delete from this device…"); /embed/ exists to be framed, by any site. Only a header
//   can say this (browsers ignore it in a <meta>), so static/frame-guard.js repeats it in script
//   for hosts that cannot set headers.

const common = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https: http:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy index.html carries as a <meta> (frame-ancestors is ignored there). */
export const META_POLICY = common.join("; ");

/** The header for the app's pages and files. */
export const APP_POLICY = [...common, "frame-ancestors 'none'"].join("; ");

/** The header for the iframe embed's pages (`embed/…`): any site may frame them. */
export const EMBED_POLICY = [...common, "frame-ancestors *"].join("; ");

/** The security headers for a path under the app's base (`relative`, without the base). */
export function securityHeaders(relative) {
  const embed = relative === "embed" || relative.startsWith("embed/");
  return {
    "content-security-policy": embed ? EMBED_POLICY : APP_POLICY,
    ...(embed ? {} : { "x-frame-options": "DENY" }),
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-content-type-options": "nosniff",
  };
}

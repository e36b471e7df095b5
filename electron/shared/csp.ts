/**
 * The Content Security Policy of the renderer, one string for both shells (the desktop
 * `app://` handler and the web shell's static files). No `unsafe-eval`, ever.
 * Plain Node: the web shell imports this file, so it must not import `electron`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The policy for `electron-vite dev` only. Vite's dev page needs two things the built app
 * does not: the React Fast Refresh preamble is an inline module script, and hot reload talks
 * over a WebSocket to the dev server. Still no `unsafe-eval`. Never used for a built app.
 */
export function devContentSecurityPolicy(devServerOrigin: string): string {
  const ws = devServerOrigin.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    "script-src 'self' 'unsafe-inline'",
  ).replace("connect-src 'self'", `connect-src 'self' ${devServerOrigin} ${ws}`);
}

/** Headers every renderer response carries, from either shell. */
export const RENDERER_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

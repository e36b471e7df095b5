/**
 * The renderer's dev server URL, from `ELECTRON_RENDERER_URL` (set by `electron-vite dev`).
 * Ignored in a packaged app, and ignored unless it points at this machine over http: an
 * environment variable must never make the bridge available to a page from elsewhere.
 */
export function devServerUrl(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): string | undefined {
  const value = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !value) return undefined;
  try {
    const url = new URL(value);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'http:' && local ? value : undefined;
  } catch {
    return undefined;
  }
}

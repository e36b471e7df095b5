/** Where the web shell's session token is kept once read from the start-up link. */
export const TOKEN_STORAGE_KEY = 'dossier.token';

/**
 * Reads `?token=` from the page address once: keeps it in sessionStorage and removes it from
 * the address bar (so it is not bookmarked or shown). Falls back to the stored token on reload.
 */
export function takeToken(win: Window = window): string | null {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      win.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // Storage disabled: the token still works for this page's life.
    }
    url.searchParams.delete('token');
    win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  try {
    return win.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

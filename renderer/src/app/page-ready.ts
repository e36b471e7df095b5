// When the page an async entry script runs in is ready: parsed, and with its style sheets.
import { FIRST_SCREEN_CSS_ATTRIBUTE, HELD_SHEET_ATTRIBUTE } from '../first-screen/parts';

/**
 * Resolves once the page's HTML has been parsed (#root and the template are there): the entry
 * runs as soon as it has loaded, before that (scripts/first-screen/plugin.ts makes it async).
 */
export function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

/** A style sheet's link that has loaded (or failed): its rules are in place or never will be. */
function linkSettled(link: HTMLLinkElement): Promise<void> {
  if (link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
}

/**
 * Resolves once the page is parsed and its style sheets have loaded and apply: the app measures
 * what it renders (column widths, inputs), which needs the styles in place. A deferred entry got
 * this from the browser; the async one waits for it here. The sheet index.html holds back for
 * the first screen is applied now, and the first screen's own copy of its rules is dropped.
 */
export async function pageReady(): Promise<void> {
  await documentParsed();
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
  for (const link of links) {
    if (link.hasAttribute(HELD_SHEET_ATTRIBUTE)) link.disabled = false;
  }
  // A sheet left disabled is not loaded: it is not waited for.
  await Promise.all(links.filter((link) => !link.disabled).map(linkSettled));
  for (const copy of document.querySelectorAll(`style[${FIRST_SCREEN_CSS_ATTRIBUTE}]`))
    copy.remove();
}

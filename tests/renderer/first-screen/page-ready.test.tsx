// The app's style sheet, held back while the first screen is drawn from the head's copy of its
// rules: the app mounts only once the sheet has loaded and applies, and the copy is then dropped.
import { afterEach, describe, expect, it } from 'vitest';
import { pageReady } from '../../../renderer/src/app/page-ready';
import {
  FIRST_SCREEN_CSS_ATTRIBUTE,
  HELD_SHEET_ATTRIBUTE,
} from '../../../renderer/src/first-screen/parts';

afterEach(() => document.head.replaceChildren());

/** index.html's head as the build writes it: the first screen's rules, the held sheet's link. */
function heldHead(): { link: HTMLLinkElement; rules: HTMLStyleElement } {
  const rules = document.createElement('style');
  rules.setAttribute(FIRST_SCREEN_CSS_ATTRIBUTE, '');
  rules.textContent = '.ant-table{color:red}';
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = './assets/app.css';
  link.disabled = true;
  link.setAttribute(HELD_SHEET_ATTRIBUTE, '');
  document.head.append(rules, link);
  return { link, rules };
}

/** Whether `promise` has settled by the time the tasks queued now have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve));
  return done;
}

describe('the page ready for the app', () => {
  it('loads the held sheet, waits for it, then drops the first screen’s copy of its rules', async () => {
    const { link, rules } = heldHead();
    const ready = pageReady();
    expect(await settled(ready)).toBe(false);
    expect(link.disabled).toBe(false);
    // The copy stays until the sheet is in place: the drawn screen never goes unstyled.
    expect(rules.isConnected).toBe(true);
    link.dispatchEvent(new Event('load'));
    await ready;
    expect(rules.isConnected).toBe(false);
  });

  it('goes on when the sheet cannot load, and leaves a sheet not held as it is', async () => {
    const { link } = heldHead();
    const other = document.createElement('link');
    other.rel = 'stylesheet';
    other.href = './assets/page.css';
    other.disabled = true;
    // A second held sheet's rules (one copy per sheet): each copy goes.
    const second = document.createElement('style');
    second.setAttribute(FIRST_SCREEN_CSS_ATTRIBUTE, '');
    document.head.append(other, second);
    const ready = pageReady();
    expect(await settled(ready)).toBe(false);
    link.dispatchEvent(new Event('error'));
    await ready;
    // Not enabled, and not waited for: it would never load.
    expect(other.disabled).toBe(true);
    expect(document.querySelector(`style[${FIRST_SCREEN_CSS_ATTRIBUTE}]`)).toBeNull();
  });
});

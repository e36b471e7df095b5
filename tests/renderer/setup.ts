// Setup of the renderer tests: what antd needs from happy-dom, reduced motion, longer waits.
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

/* What antd needs from a browser that happy-dom leaves out or answers too slowly. */

// Tests run as a person who asked for reduced motion: dialogs close at once (happy-dom fires
// no animationend, so leaving animations would never finish).
Object.defineProperty(window, 'matchMedia', {
  configurable: true,
  value: (query: string): MediaQueryList => {
    const list = {
      matches: query.includes('prefers-reduced-motion: reduce'),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    };
    return list;
  },
});

// antd measures the scrollbar with getComputedStyle(el, '::-webkit-scrollbar'); pseudo-elements
// are not supported by happy-dom, so answer those with the element's own style.
const realGetComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => realGetComputedStyle(element);

// waitFor and findBy give up after 1 s by default: on a busy 2-core machine a render of a page
// may take longer. A minute, like the tests themselves: a hang still fails, a slow machine not.
configure({ asyncUtilTimeout: 60_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  window.location.hash = '';
  vi.restoreAllMocks();
});

import { cleanup } from '@testing-library/react';
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

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  window.location.hash = '';
  vi.restoreAllMocks();
});

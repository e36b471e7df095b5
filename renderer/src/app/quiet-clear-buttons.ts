/** Select boxes' clear (×) buttons: no Tab stop of their own, and named in the app's language. */
import { useEffect } from 'react';

const CLEAR = '.ant-select-clear, .ant-picker-clear';

/**
 * antd draws each clearable select's × as a real button labelled "Clear" in English: an
 * invisible Tab stop between fields (it shows only on hover). The × stays for the mouse and
 * for screen readers, named `label`; Tab goes from field to field.
 */
export function useQuietClearButtons(label: string): void {
  useEffect(() => {
    const quiet = (root: ParentNode) => {
      for (const button of root.querySelectorAll<HTMLElement>(CLEAR)) {
        if (button.tabIndex !== -1) button.tabIndex = -1;
        if (button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label);
      }
    };
    quiet(document);
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element) {
            if (node.matches(CLEAR)) quiet(node.parentElement ?? node);
            else quiet(node);
          }
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [label]);
}

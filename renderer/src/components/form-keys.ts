/** Keyboard of a modal form: the first field takes the focus; Enter and Ctrl+S save. */
import type { KeyboardEvent } from 'react';

const FIELD =
  'input:not([type="hidden"]):not([disabled]):not([readonly]), textarea:not([disabled]), [role="combobox"]:not([aria-disabled="true"])';

/**
 * Puts the focus on the first field of the form inside `root` (not on the dialog's ✕), unless
 * the officer is already in one of its fields: the dialog's opening animation ends after a quick
 * typist has moved on, and taking the focus back then would close the list they are choosing from.
 */
export function focusFirstField(root: HTMLElement | null): void {
  if (!root || root.contains(root.ownerDocument.activeElement)) return;
  root.querySelector<HTMLElement>(FIELD)?.focus();
}

/**
 * Whether a key press inside a form means "save": Ctrl+S (⌘S), or Enter in a one-line field
 * that is not choosing from an open list, nor composing Chinese with an input method.
 */
export function isSaveKey(event: KeyboardEvent): boolean {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') return true;
  if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.shiftKey) return false;
  const target = event.target as HTMLElement;
  if (target.tagName !== 'INPUT') return false;
  // A select's search box uses Enter to pick an option while its list is open.
  const select = target.closest('.ant-select, .ant-picker');
  return !select || target.getAttribute('aria-expanded') !== 'true';
}

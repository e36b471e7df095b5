// Cleans what an officer pastes, drops or types into a text box, by the core's plain-text rules.
import { multiLineText, singleLineText } from '../../../electron/core/model/plain-text';

/*
 * What an officer pastes, drops or types into a text box is cleaned on the way in, by the same
 * rule the API checks (electron/core/model/plain-text.ts): a one-line box loses line breaks,
 * controls, bidi controls and zero-width characters; a text area keeps its line breaks and
 * loses the rest. So the API's refusal is rarely met. One listener on the document covers every
 * Ant Design Input and TextArea.
 */

const TEXT_TYPES = new Set(['text', 'search', 'tel', 'url', 'email', '']);

type TextBox = HTMLInputElement | HTMLTextAreaElement;

function textBox(target: EventTarget | null): TextBox | null {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement && TEXT_TYPES.has(target.type)) return target;
  return null;
}

/** `text` as the box may hold it. */
export function cleanFor(box: TextBox, text: string): string {
  return box instanceof HTMLTextAreaElement ? multiLineText(text) : singleLineText(text);
}

/**
 * Puts `text` where the selection is, as typing would: through the element's own value setter
 * and an `input` event, so React's onChange (and the form) see it.
 */
export function insertText(box: TextBox, text: string): void {
  const start = box.selectionStart ?? box.value.length;
  const end = box.selectionEnd ?? start;
  const next = box.value.slice(0, start) + text + box.value.slice(end);
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box), 'value')?.set;
  if (setter) setter.call(box, next);
  else box.value = next;
  const caret = start + text.length;
  box.setSelectionRange(caret, caret);
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

function replaceIfUnclean(event: Event, box: TextBox, text: string | null | undefined): void {
  if (!text) return;
  const clean = cleanFor(box, text);
  if (clean === text) return;
  event.preventDefault();
  if (clean) insertText(box, clean);
}

/** Installs the listeners on `doc`; returns what removes them. */
export function installPlainInput(doc: Document): () => void {
  const onPaste = (event: ClipboardEvent) => {
    const box = textBox(event.target);
    if (box) replaceIfUnclean(event, box, event.clipboardData?.getData('text/plain'));
  };
  const onDrop = (event: DragEvent) => {
    const box = textBox(event.target);
    if (box) replaceIfUnclean(event, box, event.dataTransfer?.getData('text/plain'));
  };
  // Typed characters (the Windows context menu's 插入 Unicode 控制字符, an IME) arrive here.
  const onBeforeInput = (event: Event) => {
    const box = textBox(event.target);
    const { inputType, data } = event as InputEvent;
    if (box && (inputType === 'insertText' || inputType === 'insertReplacementText'))
      replaceIfUnclean(event, box, data);
  };
  doc.addEventListener('paste', onPaste, true);
  doc.addEventListener('drop', onDrop, true);
  doc.addEventListener('beforeinput', onBeforeInput, true);
  return () => {
    doc.removeEventListener('paste', onPaste, true);
    doc.removeEventListener('drop', onDrop, true);
    doc.removeEventListener('beforeinput', onBeforeInput, true);
  };
}

export { singleLineText };

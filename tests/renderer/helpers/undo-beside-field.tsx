// Test helpers for 撤销 / 重做: the buttons beside a text field (备注), waiting for them, Ctrl keys.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { DossierApi } from '../../../renderer/src/api/contract-types';
import { UndoButton } from '../../../renderer/src/components/UndoButton';
import { renderPage } from './render';

/** The 撤销 / 重做 buttons beside a text field labelled 备注, over `api`. */
export function renderUndoBesideField(api: DossierApi): void {
  renderPage(
    <>
      <UndoButton />
      <input aria-label="备注" />
    </>,
    { api },
  );
}

/** Waits until the 撤销 (`undo`) or 重做 (`redo`) button may be clicked: the status has loaded. */
export function untilEnabled(button: 'undo' | 'redo'): Promise<void> {
  return waitFor(() => expect(screen.getByTestId(button).hasAttribute('disabled')).toBe(false));
}

/** Presses Ctrl+`key` on `target`: the page itself unless a field is given. */
export function pressCtrl(key: string, target: Element = document.body): void {
  fireEvent.keyDown(target, { key, ctrlKey: true });
}

/** Ctrl+`key` in the 备注 field stays the field's own (`call` is not made); on the page it calls once. */
export async function expectKeyOutsideField(key: string, call: unknown): Promise<void> {
  pressCtrl(key, screen.getByLabelText('备注'));
  expect(call).not.toHaveBeenCalled();
  pressCtrl(key);
  await waitFor(() => expect(call).toHaveBeenCalledTimes(1));
}

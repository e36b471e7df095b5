// Test helpers for forms: type into fields by test id, submit, and wait for the call a save makes.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';

/** Types each value into the field with that `data-testid`, in order, waiting for each to show. */
export async function fill(values: Record<string, string>): Promise<void> {
  for (const [testId, value] of Object.entries(values)) {
    fireEvent.change(await screen.findByTestId(testId), { target: { value } });
  }
}

/** Clicks the form's 保存 button (`form-submit`), inside `scope` when the page has several. */
export function submit(scope: HTMLElement = document.body): void {
  fireEvent.click(within(scope).getByTestId('form-submit'));
}

/** Waits until `fn` has been called with `args` (the call a save makes once the form is valid). */
export function calledWith(fn: unknown, ...args: unknown[]): Promise<void> {
  return waitFor(() => expect(fn).toHaveBeenCalledWith(...args));
}

/** The form item around a field's input. */
export function fieldItem(testId: string): HTMLElement {
  const item = screen.getByTestId(testId).closest<HTMLElement>('.ant-form-item');
  if (!item) throw new Error(`no form item around ${testId}`);
  return item;
}

/** Submits a form the page must refuse: `words` show, and `save` (the API call) is not made. */
export async function expectRefusedInForm(words: string, save: unknown): Promise<void> {
  submit();
  expect(await screen.findByText(words)).toBeTruthy();
  expect(save).not.toHaveBeenCalled();
}

// Test helpers for tables: the row that shows a text (on the page or in one table), the texts shown.
import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';

/** The `<tr>` holding `text` (inside the table `tableTestId` when given); fails when there is none. */
export function rowOf(text: string, tableTestId?: string): HTMLElement {
  const scope = tableTestId === undefined ? screen : within(screen.getByTestId(tableTestId));
  const row = scope.getByText(text).closest<HTMLElement>('tr');
  if (!row) throw new Error(`no row for ${text}`);
  return row;
}

/** Checks that each text shows exactly once inside `scope` (a row, a table), as getByText demands. */
export function expectTexts(scope: HTMLElement, texts: readonly string[]): void {
  for (const text of texts) expect(within(scope).getByText(text)).toBeTruthy();
}

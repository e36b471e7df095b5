// Test helper: the 撤销 / 重做 buttons beside a text field (备注), for the keys typing keeps to itself.
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

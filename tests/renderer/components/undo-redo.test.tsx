// Checks 撤销 / 重做 in the header: a step elsewhere is asked about first, one on screen is taken at once, redo keys.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DossierApi, UndoStatus, UndoStep } from '../../../renderer/src/api/contract-types';
import { UndoButton } from '../../../renderer/src/components/UndoButton';
import { isOnScreen } from '../../../renderer/src/components/undo-scope';
import { parseHash } from '../../../renderer/src/router/hash-router';
import { fakeApi } from '../helpers/fake-api';
import { renderPage } from '../helpers/render';
import {
  expectKeyOutsideField,
  pressCtrl,
  renderUndoBesideField,
  untilEnabled,
} from '../helpers/undo-beside-field';

const TRIP_EDIT: UndoStep = {
  serial: 7,
  label: '修改考察“厦门招商考察”',
  records: [{ collection: 'trips', id: 'trip-0001' }],
  meta: false,
};
const FOLIO_EDIT: UndoStep = {
  serial: 3,
  label: '修改项目“温泉旅游度假区”',
  records: [{ collection: 'folios', id: 'folio-0001' }],
  meta: false,
};

function status(next: UndoStep | null, redo: UndoStep | null = null): UndoStatus {
  return { label: next?.label ?? null, count: next ? 1 : 0, next, redo, redoCount: redo ? 1 : 0 };
}

function core(next: UndoStep | null, redo: UndoStep | null = null) {
  const undo = vi.fn<DossierApi['undo.undo']>(() =>
    Promise.resolve({ ...status(null, next), undone: next?.label ?? '' }),
  );
  const redoCall = vi.fn<DossierApi['undo.redo']>(() =>
    Promise.resolve({ ...status(redo), redone: redo?.label ?? '' }),
  );
  const api = fakeApi({
    'undo.status': vi.fn(() => Promise.resolve(status(next, redo))),
    'undo.undo': undo,
    'undo.redo': redoCall,
  });
  return { api, undo, redo: redoCall };
}

/** The header's 撤销 / 重做 on the page `hash`, over a core whose next steps are `next` and `redo`. */
function showAt(hash: string, next: UndoStep | null, redo: UndoStep | null = null) {
  window.location.hash = hash;
  const mocks = core(next, redo);
  renderPage(<UndoButton />, { api: mocks.api });
  return mocks;
}

/** The question's title as shown (the dialog also repeats it for screen readers). */
function confirmTitle(): string | null | undefined {
  return document.querySelector('.ant-modal-confirm-title')?.textContent;
}

afterEach(() => {
  window.location.hash = '';
});

describe('撤销 a change that is not on screen', () => {
  it('on a folio page, Ctrl+Z for a trip asks first, naming it, and undoes only after 撤销', async () => {
    const { undo } = showAt('#/folios/folio-0001', TRIP_EDIT);
    await untilEnabled('undo');

    pressCtrl('z');

    await screen.findByTestId('confirm-ok');
    expect(confirmTitle()).toBe('撤销“修改考察‘厦门招商考察’”？');
    expect(screen.getByText('这项修改不在当前页面上。')).toBeTruthy();
    expect(undo).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(undo).toHaveBeenCalledWith({ serial: 7 }));
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('Ctrl+Z pressed the moment 撤销 turns enabled is not lost', async () => {
    const { undo } = showAt('#/trips/trip-0001', TRIP_EDIT);
    const button = screen.getByTestId('undo');
    // The officer's key lands as soon as the button is drawn enabled, before React's later work.
    const pressed = new Promise<void>((resolve) => {
      const watch = new MutationObserver(() => {
        if (button.hasAttribute('disabled')) return;
        watch.disconnect();
        pressCtrl('z');
        resolve();
      });
      watch.observe(button, { attributes: true });
    });
    await pressed;
    await waitFor(() => expect(undo).toHaveBeenCalledWith({ serial: 7 }));
  });

  it('cancelling the question undoes nothing', async () => {
    const { undo } = showAt('#/dashboard', TRIP_EDIT);
    await untilEnabled('undo');
    fireEvent.click(screen.getByTestId('undo'));
    fireEvent.click(await screen.findByTestId('confirm-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-cancel')).toBeNull());
    expect(undo).not.toHaveBeenCalled();
  });

  it('a change to the record on screen is undone at once, as before', async () => {
    const { undo } = showAt('#/trips/trip-0001', TRIP_EDIT);
    await untilEnabled('undo');

    pressCtrl('z');

    await waitFor(() => expect(undo).toHaveBeenCalledWith({ serial: 7 }));
    expect(screen.queryByTestId('confirm-ok')).toBeNull();
  });
});

describe('重做', () => {
  it('is disabled with nothing undone', async () => {
    showAt('', FOLIO_EDIT);
    await untilEnabled('undo');
    expect(screen.getByTestId('redo').hasAttribute('disabled')).toBe(true);
  });

  it('the button next to 撤销 names the undone edit and puts it back', async () => {
    const { redo } = showAt('#/folios', null, FOLIO_EDIT);
    await untilEnabled('redo');
    expect(screen.getByTestId('undo').hasAttribute('disabled')).toBe(true);
    fireEvent.mouseEnter(screen.getByTestId('redo'));
    expect(await screen.findByText('重做：修改项目“温泉旅游度假区”')).toBeTruthy();

    fireEvent.click(screen.getByTestId('redo'));
    await waitFor(() => expect(redo).toHaveBeenCalledWith({ serial: 3 }));
    expect(await screen.findByText('已重做：修改项目“温泉旅游度假区”')).toBeTruthy();
  });

  it('Ctrl+Y and Ctrl+Shift+Z redo, but not while typing', async () => {
    window.location.hash = '#/folios/folio-0001';
    const { api, redo, undo } = core(null, FOLIO_EDIT);
    renderUndoBesideField(api);
    await untilEnabled('redo');
    await expectKeyOutsideField('y', redo);
    await screen.findByText('已重做：修改项目“温泉旅游度假区”');
    await untilEnabled('redo');
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(redo).toHaveBeenCalledTimes(2));
    expect(undo).not.toHaveBeenCalled();
  });

  it('a redo elsewhere asks first too', async () => {
    const { redo } = showAt('#/groups', null, FOLIO_EDIT);
    await untilEnabled('redo');
    pressCtrl('y');
    await screen.findByTestId('confirm-ok');
    expect(confirmTitle()).toBe('重做“修改项目‘温泉旅游度假区’”？');
    expect(redo).not.toHaveBeenCalled();
  });
});

describe('which pages show a step', () => {
  it('a record’s own page and its list show it; other records’ pages do not', () => {
    expect(isOnScreen(TRIP_EDIT, parseHash('#/trips/trip-0001'))).toBe(true);
    expect(isOnScreen(TRIP_EDIT, parseHash('#/trips'))).toBe(true);
    expect(isOnScreen(TRIP_EDIT, parseHash('#/trips/trip-0002'))).toBe(false);
    expect(isOnScreen(TRIP_EDIT, parseHash('#/folios/folio-0001'))).toBe(false);
    expect(isOnScreen(TRIP_EDIT, parseHash('#/calendar'))).toBe(false);
    const settings = { serial: 1, label: '修改工作区设置', records: [], meta: true };
    expect(isOnScreen(settings, parseHash('#/settings'))).toBe(true);
    expect(isOnScreen(settings, parseHash('#/dashboard'))).toBe(false);
    const restore = {
      serial: 2,
      label: '恢复项目“温泉旅游度假区”',
      records: [
        { collection: 'folios' as const, id: 'folio-0001' },
        { collection: 'trash' as const, id: 'trash-0001' },
      ],
      meta: false,
    };
    expect(isOnScreen(restore, parseHash('#/trash'))).toBe(true);
  });
});

// Checks the 撤销 button: disabled when empty, names and undoes the edit, page reloads, Ctrl+Z.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DossierApi, Enterprise, UndoStatus } from '../../../renderer/src/api/contract-types';
import { UndoButton } from '../../../renderer/src/components/UndoButton';
import { EnterpriseDetailPage } from '../../../renderer/src/pages/enterprises/EnterpriseDetailPage';
import { EnterprisesPage } from '../../../renderer/src/pages/enterprises/EnterprisesPage';
import { PeoplePage } from '../../../renderer/src/pages/people/PeoplePage';
import { apiError, fakeApi } from '../helpers/fake-api';
import { person } from '../helpers/fixtures';
import { renderPage } from '../helpers/render';
import {
  expectKeyOutsideField,
  renderUndoBesideField,
  untilEnabled,
} from '../helpers/undo-beside-field';

const T = '2025-03-01T08:30:00.000+08:00';
const chamber: Enterprise = {
  id: 'ent-0002',
  rev: 1,
  createdAt: T,
  updatedAt: T,
  workspaceId: 'ws-000001',
  name: '重庆市甘肃商会',
  kind: 'chamber',
  headquarters: '重庆',
  profile: '',
  keyPeople: [],
};
const LABEL = '新建客商“重庆市甘肃商会”';

/** The status with one step (on the chamber, which the pages below show) or none. */
function statusOf(label: string | null): UndoStatus {
  const next = label
    ? {
        serial: 1,
        label,
        records: [{ collection: 'enterprises' as const, id: 'ent-0002' }],
        meta: false,
      }
    : null;
  return { label, count: next ? 1 : 0, next, redo: null, redoCount: 0 };
}

/**
 * A core with one undoable edit (the chamber's creation): undoing it takes the chamber away,
 * as the real undo stack would.
 */
function coreWithOneEdit() {
  let created = true;
  const status = vi.fn<DossierApi['undo.status']>((): Promise<UndoStatus> =>
    Promise.resolve(created ? statusOf(LABEL) : statusOf(null)),
  );
  const undo = vi.fn<DossierApi['undo.undo']>(() => {
    created = false;
    return Promise.resolve({ ...statusOf(null), undone: LABEL });
  });
  const list = vi.fn<DossierApi['enterprises.list']>(() =>
    Promise.resolve(created ? [chamber] : []),
  );
  return {
    status,
    undo,
    list,
    api: fakeApi({ 'undo.status': status, 'undo.undo': undo, 'enterprises.list': list }),
  };
}

describe('撤销 button', () => {
  // The pages below are 客商 pages: the chamber's step is on screen and is taken at once.
  beforeEach(() => {
    window.location.hash = '#/enterprises';
  });
  afterEach(() => {
    window.location.hash = '';
  });

  it('is disabled while there is nothing to undo', async () => {
    const status = vi.fn(() => Promise.resolve(statusOf(null)));
    renderPage(<UndoButton />, { api: fakeApi({ 'undo.status': status }) });
    await waitFor(() => expect(status).toHaveBeenCalled());
    expect(screen.getByTestId('undo').hasAttribute('disabled')).toBe(true);
  });

  it('names the edit it would undo, undoes it, says so, and the open page reloads', async () => {
    const { api, undo, list } = coreWithOneEdit();
    renderPage(
      <>
        <UndoButton />
        <EnterprisesPage />
      </>,
      { api },
    );
    const table = screen.getByTestId('enterprises-table');
    await within(table).findByText('重庆市甘肃商会');
    await untilEnabled('undo');

    fireEvent.mouseEnter(screen.getByTestId('undo'));
    expect(await screen.findByText(`撤销：${LABEL}`)).toBeTruthy();

    fireEvent.click(screen.getByTestId('undo'));

    expect(await screen.findByText(`已撤销：${LABEL}`)).toBeTruthy();
    expect(undo).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(within(table).queryByText('重庆市甘肃商会')).toBeNull());
    expect(list.mock.calls.length).toBeGreaterThan(1);
    await waitFor(() => expect(screen.getByTestId('undo').hasAttribute('disabled')).toBe(true));
  });

  it('undoing the creation of the record on screen says it is gone instead of showing it', async () => {
    const { api: base, undo } = coreWithOneEdit();
    let exists = true;
    undo.mockImplementation(() => {
      exists = false;
      return Promise.resolve({ ...statusOf(null), undone: LABEL });
    });
    const get = vi.fn<DossierApi['enterprises.get']>(() =>
      exists
        ? Promise.resolve({ enterprise: chamber, folios: [] })
        : Promise.reject(apiError({ kind: 'not_found', message: '找不到这家客商。' })),
    );
    renderPage(
      <>
        <UndoButton />
        <EnterpriseDetailPage id="ent-0002" />
      </>,
      { api: { ...base, 'enterprises.get': get } },
    );
    expect(await screen.findByTestId('enterprise-detail')).toBeTruthy();
    await untilEnabled('undo');

    fireEvent.click(screen.getByTestId('undo'));

    expect(await screen.findByText('找不到这家客商。')).toBeTruthy();
    expect(screen.queryByTestId('enterprise-detail')).toBeNull();
  });

  it('Ctrl+Z undoes too, but not while typing in a text field', async () => {
    const { api, undo } = coreWithOneEdit();
    renderUndoBesideField(api);
    await untilEnabled('undo');

    await expectKeyOutsideField('z', undo);
    expect(await screen.findByText(`已撤销：${LABEL}`)).toBeTruthy();
  });

  it('after any save it offers to undo that save', async () => {
    let label: string | null = null;
    const status = vi.fn<DossierApi['undo.status']>(() => Promise.resolve(statusOf(label)));
    const zhao = person('person-0003', '赵磊', '招商专员');
    const create = vi.fn<DossierApi['people.create']>(() => {
      label = '新建人员“赵磊”';
      return Promise.resolve(zhao);
    });
    const api = fakeApi({
      'undo.status': status,
      'people.list': vi.fn(() => Promise.resolve([])),
      'people.create': create,
    });
    renderPage(
      <>
        <UndoButton />
        <PeoplePage />
      </>,
      { api },
    );
    await waitFor(() => expect(status).toHaveBeenCalled());
    expect(screen.getByTestId('undo').hasAttribute('disabled')).toBe(true);

    fireEvent.click(await screen.findByTestId('person-create'));
    fireEvent.change(await screen.findByTestId('person-form-name'), { target: { value: '赵磊' } });
    fireEvent.click(screen.getByTestId('form-submit'));

    await untilEnabled('undo');
    fireEvent.mouseEnter(screen.getByTestId('undo'));
    expect(await screen.findByText('撤销：新建人员“赵磊”')).toBeTruthy();
  });
});

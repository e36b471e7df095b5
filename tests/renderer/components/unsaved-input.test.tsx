// Unsaved input is not thrown away: a changed form asks before closing, a page with changes before leaving.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../renderer/src/app/AppProviders';
import { useLeaveAsker } from '../../../renderer/src/components/useAskDiscard';
import { PersonFormModal } from '../../../renderer/src/pages/people/PersonFormModal';
import { useRoute } from '../../../renderer/src/router/hash-router';
import { useLeaveGuard } from '../../../renderer/src/router/leave-guard';
import { fakeApi } from '../helpers/fake-api';
import { renderPage } from '../helpers/render';

function pressEsc() {
  const wrap = document.querySelector('.ant-modal-wrap') ?? document.body;
  fireEvent.keyDown(wrap, { key: 'Escape', code: 'Escape', keyCode: 27 });
}

describe('a form with changes', () => {
  it('closes at once on Esc when nothing was typed', async () => {
    const onClose = vi.fn();
    renderPage(<PersonFormModal onClose={onClose} onSaved={vi.fn()} />, { api: fakeApi({}) });
    await screen.findByTestId('person-form-name');
    pressEsc();
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(screen.queryByTestId('discard-ok')).toBeNull();
  });

  it('asks before Esc or ✕ throws typed input away, and keeps it when told to', async () => {
    const onClose = vi.fn();
    renderPage(<PersonFormModal onClose={onClose} onSaved={vi.fn()} />, { api: fakeApi({}) });
    const name = await screen.findByTestId('person-form-name');
    fireEvent.change(name, { target: { value: '何晓东' } });

    pressEsc();
    expect(document.body.textContent).toContain('放弃未保存的修改？');
    fireEvent.click(await screen.findByTestId('discard-cancel'));
    await waitFor(() => expect(screen.queryByTestId('discard-cancel')).toBeNull());
    expect(onClose).not.toHaveBeenCalled();
    expect((screen.getByTestId('person-form-name') as HTMLInputElement).value).toBe('何晓东');

    const close = document.querySelector<HTMLElement>('.ant-modal-close');
    if (!close) throw new Error('no ✕');
    fireEvent.click(close);
    fireEvent.click(await screen.findByTestId('discard-ok'));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
  });
});

function Page() {
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty);
  return (
    <button type="button" onClick={() => setDirty(true)}>
      改一处
    </button>
  );
}

function Desk() {
  const route = useRoute();
  useLeaveAsker();
  return (
    <div>
      <span data-testid="at">{route.section}</span>
      {route.section === 'trips' && <Page />}
    </div>
  );
}

function go(hash: string) {
  act(() => {
    window.history.pushState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('a page with unsaved changes', () => {
  it('leaves freely while unchanged, and asks first once something is changed', async () => {
    window.history.replaceState(null, '', '#/trips');
    render(
      <AppProviders api={fakeApi({})} lang="zh-CN">
        <Desk />
      </AppProviders>,
    );
    expect(screen.getByTestId('at').textContent).toBe('trips');
    go('#/groups');
    expect(screen.getByTestId('at').textContent).toBe('groups');

    go('#/trips');
    fireEvent.click(screen.getByText('改一处'));
    go('#/folios');
    const cancel = await screen.findByTestId('leave-cancel');
    expect(document.body.textContent).toContain('此页有未保存的修改');
    expect(screen.getByTestId('at').textContent).toBe('trips');
    expect(window.location.hash).toBe('#/trips');
    fireEvent.click(cancel);
    await waitFor(() => expect(screen.queryByTestId('leave-cancel')).toBeNull());
    expect(screen.getByTestId('at').textContent).toBe('trips');

    go('#/folios');
    fireEvent.click(await screen.findByTestId('leave-ok'));
    await waitFor(() => expect(screen.getByTestId('at').textContent).toBe('folios'));
    expect(window.location.hash).toBe('#/folios');
  });
});

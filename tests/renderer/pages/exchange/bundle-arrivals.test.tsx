// Checks a .dossier dropped on the window and one opened with the desktop app: both reach the import flow.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../../renderer/src/api/contract-types';
import {
  bundleDropHandlers,
  useOpenedBundle,
  type PathOf,
} from '../../../../renderer/src/pages/exchange/bundle-arrivals';
import { useBundleImporter } from '../../../../renderer/src/pages/exchange/ImportBundleButton';
import { fakeApi } from '../../helpers/fake-api';
import { renderPage } from '../../helpers/render';
import { needPassword, STAGED } from './support';

/** The window as the Shell makes it: a drop zone, and the opened-bundle watcher. */
function Window({ pathOf }: { pathOf: PathOf }) {
  const importer = useBundleImporter();
  useOpenedBundle(importer);
  return (
    <div data-testid="window" {...bundleDropHandlers(importer, pathOf)}>
      <div data-testid="inside" />
      {importer.dialog}
    </div>
  );
}

/** Moves to `hash` and waits for its hashchange (jsdom sends it later). */
const go = (hash: string) =>
  new Promise<void>((resolve) => {
    window.addEventListener('hashchange', () => resolve(), { once: true });
    window.location.hash = hash;
  });

function drop(files: File[], target = 'inside') {
  const dataTransfer = { files, types: ['Files'] };
  const over = fireEvent.dragOver(screen.getByTestId(target), { dataTransfer });
  fireEvent.drop(screen.getByTestId(target), { dataTransfer });
  return over;
}

describe('a .dossier dropped on the window', () => {
  it('desktop: stages it by its path on this machine and opens the preview', async () => {
    window.location.hash = '#/folios';
    const stage = vi.fn<DossierApi['exchange.stage']>(() => Promise.resolve(STAGED));
    const pathOf = vi.fn((file: File) => `/home/wf/下载/${file.name}`);
    renderPage(<Window pathOf={pathOf} />, { api: fakeApi({ 'exchange.stage': stage }) });
    const dragOver = drop([new File(['notes'], '说明.txt'), new File(['PK'], '专班.dossier')]);
    // dragover is accepted (default prevented), so the window takes the drop.
    expect(dragOver).toBe(false);
    await waitFor(() => expect(stage).toHaveBeenCalledTimes(1));
    expect(stage).toHaveBeenCalledWith({
      path: '/home/wf/下载/专班.dossier',
      fileName: '专班.dossier',
      password: undefined,
    });
    await waitFor(() => expect(window.location.hash).toBe(`#/exchange/${STAGED.stagedId}`));
  });

  it('web shell (no paths): uploads the dropped file’s bytes, asking for its password', async () => {
    window.location.hash = '#/folios';
    const stage = vi
      .fn<DossierApi['exchange.stage']>()
      .mockRejectedValueOnce(needPassword('这份卷宗已加密，请输入密码'))
      .mockResolvedValue(STAGED);
    renderPage(<Window pathOf={undefined} />, { api: fakeApi({ 'exchange.stage': stage }) });
    drop([new File(['sealed'], '加密.DOSSIER')]);
    fireEvent.change(await screen.findByTestId('import-password'), {
      target: { value: '天水2024' },
    });
    fireEvent.click(screen.getByTestId('import-password-ok'));
    await waitFor(() => expect(window.location.hash).toBe(`#/exchange/${STAGED.stagedId}`));
    expect(stage.mock.calls.map((c) => c[0])).toEqual([
      { dataBase64: btoa('sealed'), fileName: '加密.DOSSIER', password: undefined },
      { dataBase64: btoa('sealed'), fileName: '加密.DOSSIER', password: '天水2024' },
    ]);
  });

  it('ignores drops that hold no bundle, and drops an upload area inside already took', async () => {
    window.location.hash = '#/folios';
    const stage = vi.fn<DossierApi['exchange.stage']>(() => Promise.resolve(STAGED));
    renderPage(<Window pathOf={() => '/x'} />, { api: fakeApi({ 'exchange.stage': stage }) });
    drop([new File(['a'], '照片.jpg')]);
    screen.getByTestId('inside').addEventListener('drop', (event) => event.preventDefault());
    drop([new File(['PK'], '专班.dossier')]);
    await Promise.resolve();
    expect(stage).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('#/folios');
  });
});

describe('an encrypted bundle opened with the desktop app', () => {
  it('asks for the password in the app’s dialog, says when it is wrong, then opens the preview', async () => {
    const path = 'D:\\交换\\王芳.dossier';
    window.location.hash = `#/dashboard?bundle=${encodeURIComponent(path)}`;
    const stage = vi
      .fn<DossierApi['exchange.stage']>()
      .mockRejectedValueOnce(needPassword('这份卷宗已加密，请输入密码'))
      .mockRejectedValueOnce(needPassword('密码不正确'))
      .mockResolvedValue(STAGED);
    renderPage(<Window pathOf={undefined} />, { api: fakeApi({ 'exchange.stage': stage }) });
    const input = await screen.findByTestId('import-password');
    // The address no longer holds the path: going back does not open it again.
    expect(window.location.hash).toBe('#/dashboard');
    fireEvent.change(input, { target: { value: 'wrong1' } });
    fireEvent.click(screen.getByTestId('import-password-ok'));
    expect((await screen.findByTestId('import-password-problem')).textContent).toContain(
      '密码不正确',
    );
    expect(window.location.hash).toBe('#/dashboard');
    fireEvent.change(screen.getByTestId('import-password'), { target: { value: 'right12' } });
    fireEvent.click(screen.getByTestId('import-password-ok'));
    await waitFor(() => expect(window.location.hash).toBe(`#/exchange/${STAGED.stagedId}`));
    expect(stage.mock.calls.map((c) => c[0])).toEqual([
      { path, fileName: '王芳.dossier', password: undefined },
      { path, fileName: '王芳.dossier', password: 'wrong1' },
      { path, fileName: '王芳.dossier', password: 'right12' },
    ]);
  });

  it('opened while the app shows a page: the dialog comes over that page, which stays', async () => {
    await go('#/folios');
    const stage = vi.fn<DossierApi['exchange.stage']>(() =>
      Promise.reject(needPassword('这份卷宗已加密，请输入密码')),
    );
    renderPage(<Window pathOf={undefined} />, { api: fakeApi({ 'exchange.stage': stage }) });
    await go(`#/dashboard?bundle=${encodeURIComponent('/home/wf/专班.dossier')}`);
    expect(window.location.hash).toBe('#/folios');
    expect(await screen.findByTestId('import-password')).toBeTruthy();
    expect(stage).toHaveBeenCalledTimes(1);
    expect(stage.mock.calls[0]?.[0]).toMatchObject({ path: '/home/wf/专班.dossier' });
  });
});

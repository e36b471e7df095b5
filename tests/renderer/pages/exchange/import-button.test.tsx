// Checks 导入卷宗 in the header: staging the file, asking for passwords, showing refusals.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../../renderer/src/api/contract-types';
import {
  ImportBundleButton,
  useBundleImporter,
} from '../../../../renderer/src/pages/exchange/ImportBundleButton';
import { apiError, fakeApi } from '../../helpers/fake-api';
import { renderPage } from '../../helpers/render';
import { needPassword, STAGED } from './support';

function Header() {
  return <ImportBundleButton importer={useBundleImporter()} />;
}

function pick(bytes: string, name: string) {
  const input = screen.getByTestId('import-bundle-file') as HTMLInputElement;
  expect(input.accept).toBe('.dossier,.zip');
  fireEvent.change(input, { target: { files: [new File([bytes], name)] } });
}

describe('导入卷宗 in the header', () => {
  it('stages the chosen file as base64 and opens its preview', async () => {
    window.location.hash = '#/dashboard';
    const stage = vi.fn<DossierApi['exchange.stage']>(() => Promise.resolve(STAGED));
    renderPage(<Header />, { api: fakeApi({ 'exchange.stage': stage }) });
    expect(screen.getByTestId('import-bundle').textContent).toContain('导入卷宗');
    pick('PK-bytes', '专班.dossier');
    await waitFor(() => expect(stage).toHaveBeenCalledTimes(1));
    expect(stage).toHaveBeenCalledWith({
      dataBase64: btoa('PK-bytes'),
      fileName: '专班.dossier',
      password: undefined,
    });
    await waitFor(() => expect(window.location.hash).toBe(`#/exchange/${STAGED.stagedId}`));
  });

  it('asks for the password of an encrypted bundle, says when it is wrong, and retries', async () => {
    window.location.hash = '#/dashboard';
    const stage = vi
      .fn<DossierApi['exchange.stage']>()
      .mockRejectedValueOnce(needPassword('这份卷宗设有密码，请输入密码'))
      .mockRejectedValueOnce(needPassword('密码不正确'))
      .mockResolvedValue(STAGED);
    renderPage(<Header />, { api: fakeApi({ 'exchange.stage': stage }) });
    pick('sealed', '加密.dossier');
    const input = await screen.findByTestId('import-password');
    expect(screen.queryByTestId('import-password-problem')).toBeNull();
    fireEvent.change(input, { target: { value: 'wrong1' } });
    fireEvent.click(screen.getByTestId('import-password-ok'));
    expect((await screen.findByTestId('import-password-problem')).textContent).toContain(
      '密码不正确',
    );
    fireEvent.change(screen.getByTestId('import-password'), { target: { value: 'right12' } });
    fireEvent.click(screen.getByTestId('import-password-ok'));
    await waitFor(() => expect(window.location.hash).toBe(`#/exchange/${STAGED.stagedId}`));
    expect(stage.mock.calls.map((call) => call[0].password)).toEqual([
      undefined,
      'wrong1',
      'right12',
    ]);
  });

  it('shows why a refused file was refused and stays where it was', async () => {
    window.location.hash = '#/dashboard';
    const stage = vi.fn<DossierApi['exchange.stage']>(() =>
      Promise.reject(apiError({ kind: 'validation', message: '这不是卷宗文件：不是 zip 格式' })),
    );
    renderPage(<Header />, { api: fakeApi({ 'exchange.stage': stage }) });
    pick('hello', 'notes.zip');
    expect(await screen.findByText('这不是卷宗文件：不是 zip 格式')).toBeTruthy();
    expect(screen.queryByTestId('import-password')).toBeNull();
    expect(window.location.hash).toBe('#/dashboard');
  });
});

// 设置 → 公文字体 选择文件…: the desktop's file dialog fills the path; the web shell has no such button.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FontReport } from '../../../../renderer/src/api/contract-types';
import type { DossierFiles } from '../../../../renderer/src/api/bridge';
import { FontsCard } from '../../../../renderer/src/pages/settings/FontsCard';
import { fakeApi } from '../../helpers/fake-api';
import { renderPage } from '../../helpers/render';
import { renderFontsCard } from './fonts-card-page';

const report: FontReport = { rows: [], problems: [] };

function onDesktop(chooseFont: DossierFiles['chooseFont']) {
  const files: DossierFiles = { pathOf: () => '', chooseFont };
  Object.defineProperty(window, 'dossierFiles', { value: files, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(window, 'dossierFiles');
});

const pathBox = (role: string) => screen.getByTestId(`font-path-${role}`) as HTMLInputElement;

describe('设置 → 公文字体 选择文件…', () => {
  it('in the web shell there is no file button, and a typed path is what is kept', async () => {
    renderPage(<FontsCard />, {
      api: fakeApi({ 'documents.fonts': vi.fn(() => Promise.resolve(report)) }),
    });
    await screen.findByTestId('font-path-fangsong');
    expect(screen.queryByTestId('font-choose-fangsong')).toBeNull();
    expect(screen.queryByText('选择文件…')).toBeNull();
    fireEvent.change(pathBox('fangsong'), { target: { value: '/fonts/simfang.ttf' } });
    expect(pathBox('fangsong').value).toBe('/fonts/simfang.ttf');
  });

  it('on the desktop the chosen file fills that role’s path, and 保存 stores it', async () => {
    const chooseFont = vi.fn(() =>
      Promise.resolve({ ok: true as const, result: 'C:\\Windows\\Fonts\\simhei.ttf' }),
    );
    onDesktop(chooseFont);
    const { update } = renderFontsCard(report);

    fireEvent.click(await screen.findByTestId('font-choose-heiti'));
    await waitFor(() => expect(pathBox('heiti').value).toBe('C:\\Windows\\Fonts\\simhei.ttf'));
    expect(chooseFont).toHaveBeenCalledTimes(1);
    expect(pathBox('fangsong').value).toBe('');

    fireEvent.click(screen.getByTestId('fonts-save'));
    await waitFor(() =>
      expect(update).toHaveBeenCalledWith({
        fontFiles: { heiti: { path: 'C:\\Windows\\Fonts\\simhei.ttf' } },
      }),
    );
  });

  it('cancelling the dialog keeps the typed path; a refusal is shown', async () => {
    const chooseFont = vi
      .fn<DossierFiles['chooseFont']>()
      .mockResolvedValueOnce({ ok: true, result: null })
      .mockResolvedValueOnce({
        ok: false,
        error: { kind: 'unauthorized', message: '请求不是来自本程序的页面，已拒绝。', fields: [] },
      });
    onDesktop(chooseFont);
    renderPage(<FontsCard />, {
      api: fakeApi({ 'documents.fonts': vi.fn(() => Promise.resolve(report)) }),
    });

    fireEvent.change(await screen.findByTestId('font-path-kaiti'), {
      target: { value: '/fonts/kaiti.ttf' },
    });
    fireEvent.click(screen.getByTestId('font-choose-kaiti'));
    await waitFor(() => expect(chooseFont).toHaveBeenCalledTimes(1));
    expect(pathBox('kaiti').value).toBe('/fonts/kaiti.ttf');

    fireEvent.click(screen.getByTestId('font-choose-kaiti'));
    expect(await screen.findByText('请求不是来自本程序的页面，已拒绝。')).toBeTruthy();
    expect(pathBox('kaiti').value).toBe('/fonts/kaiti.ttf');
  });
});

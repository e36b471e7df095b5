// Checks 导出卷宗: password rules, web download or desktop save, exporting the picked folio rows.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, ResultOf } from '../../../../renderer/src/api/contract-types';
import { ExportBundleButton } from '../../../../renderer/src/pages/exchange/ExportModal';
import { FoliosPage } from '../../../../renderer/src/pages/folios/FoliosPage';
import { fakeFolioPage } from '../../helpers/fake-folio-page';
import { fakeApi } from '../../helpers/fake-api';
import { folioSummary, groupSummary } from '../../helpers/fixtures';
import { renderPage } from '../../helpers/render';

function exported(overrides: Partial<ResultOf<'exchange.export'>>): ResultOf<'exchange.export'> {
  return {
    cancelled: false,
    fileName: '集成电路专班-20240401-0900.dossier',
    path: null,
    url: null,
    bytes: 1234,
    encrypted: false,
    counts: { folios: 2 },
    ...overrides,
  };
}

function typePassword(first: string, second: string) {
  fireEvent.change(screen.getByTestId('export-password'), { target: { value: first } });
  fireEvent.change(screen.getByTestId('export-password-again'), { target: { value: second } });
  fireEvent.click(screen.getByTestId('export-submit'));
}

describe('导出卷宗', () => {
  it('refuses a short or mistyped password, then exports with it and downloads the bundle (web)', async () => {
    const url = '/exports/0123456789abcdef01234567/%E4%B8%93%E7%8F%AD.dossier';
    const exportCall = vi.fn<DossierApi['exchange.export']>(() =>
      Promise.resolve(exported({ url, encrypted: true })),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage(
      <ExportBundleButton scope={{ kind: 'group', id: 'group-0001' }} scopeName="集成电路专班" />,
      { api: fakeApi({ 'exchange.export': exportCall }) },
    );
    fireEvent.click(screen.getByTestId('export-bundle'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('导出卷宗：集成电路专班');
    expect(dialog.textContent).toContain('包含生成的文档');

    typePassword('12345', '12345');
    expect(await within(dialog).findByText('密码至少 6 个字符')).toBeTruthy();
    typePassword('123456', '123465');
    expect(await within(dialog).findByText('两次输入的密码不一致')).toBeTruthy();
    expect(exportCall).not.toHaveBeenCalled();

    typePassword('123456', '123456');
    fireEvent.click(screen.getByTestId('export-include-generated'));
    fireEvent.click(screen.getByTestId('export-submit'));
    await waitFor(() => expect(exportCall).toHaveBeenCalledTimes(1));
    expect(exportCall).toHaveBeenCalledWith({
      scope: { kind: 'group', id: 'group-0001' },
      password: '123456',
      includeGenerated: true,
    });
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.getAttribute('href')).toContain(`${url}?token=`);
    expect(link.download).toBe('集成电路专班-20240401-0900.dossier');
    expect(await screen.findByText(/卷宗已下载/)).toBeTruthy();
    click.mockRestore();
  });

  it('without a password sends none; on the desktop it says where the file was saved', async () => {
    const exportCall = vi.fn<DossierApi['exchange.export']>(() =>
      Promise.resolve(exported({ path: 'D:\\交换\\全部-20240401.dossier' })),
    );
    renderPage(
      <ExportBundleButton scope={{ kind: 'all' }} scopeName="全部卷宗" testId="export-all" />,
      { api: fakeApi({ 'exchange.export': exportCall }) },
    );
    fireEvent.click(screen.getByTestId('export-all'));
    fireEvent.click(await screen.findByTestId('export-submit'));
    await waitFor(() =>
      expect(exportCall).toHaveBeenCalledWith({
        scope: { kind: 'all' },
        password: undefined,
        includeGenerated: false,
      }),
    );
    expect(await screen.findByText('卷宗已保存到：D:\\交换\\全部-20240401.dossier')).toBeTruthy();
  });

  it('the folio list exports the rows picked with their check boxes', async () => {
    const rows = [
      folioSummary('folio-0001', '华天科技封测扩能项目'),
      folioSummary('folio-0002', '风电装备制造基地'),
      folioSummary('folio-0003', '冷链物流园'),
    ];
    const exportCall = vi.fn<DossierApi['exchange.export']>(() =>
      Promise.resolve(exported({ path: '/tmp/x.dossier' })),
    );
    const api = fakeApi({
      'folios.page': fakeFolioPage(rows),
      'groups.list': vi.fn(() => Promise.resolve([groupSummary('group-0001', '专班')])),
      'exchange.export': exportCall,
    });
    renderPage(<FoliosPage />, { api });
    expect(screen.queryByTestId('export-selected')).toBeNull();
    fireEvent.click(await screen.findByLabelText('华天科技封测扩能项目'));
    fireEvent.click(screen.getByLabelText('冷链物流园'));
    const button = await screen.findByTestId('export-selected');
    expect(button.textContent).toContain('导出所选（2）');
    fireEvent.click(button);
    fireEvent.click(await screen.findByTestId('export-submit'));
    await waitFor(() => expect(exportCall).toHaveBeenCalledTimes(1));
    expect(exportCall.mock.calls[0]?.[0].scope).toEqual({
      kind: 'folios',
      ids: ['folio-0001', 'folio-0003'],
    });
    // Picking a row does not open the folio.
    expect(window.location.hash).not.toContain('folio-0001');
  });
});

// Checks 设置 → 公文字体: each role's face and source, saving chosen files, clearing one role.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, FontReport } from '../../../../renderer/src/api/contract-types';
import { FontsCard } from '../../../../renderer/src/pages/settings/FontsCard';
import { fakeApi } from '../../helpers/fake-api';
import { meta, readyStatus } from '../../helpers/fixtures';
import { calledWith, fill } from '../../helpers/form';
import { renderPage } from '../../helpers/render';
import { renderFontsCard } from './fonts-card-page';

const report: FontReport = {
  rows: [
    { role: 'fangsong', name: '仿宋', path: '/usr/share/fonts/simfang.ttf', source: 'system' },
    { role: 'heiti', name: '黑体', path: '/opt/fonts/simhei.ttf', source: 'settings' },
    { role: 'kaiti', name: '楷体', path: '/app/fonts/NotoSerifSC.otf', source: 'shipped' },
    {
      role: 'xiaobiaosong',
      name: '方正小标宋',
      path: '/app/fonts/NotoSerifSC.otf',
      source: 'shipped',
    },
    { role: 'songti', name: '宋体', path: '/app/fonts/NotoSerifSC.otf', source: 'shipped' },
  ],
  problems: ['设置的楷体字体文件无法读取：/home/user/kaiti.ttf'],
};

describe('设置 → 公文字体', () => {
  it('shows the face and source of each role, and the problems with chosen files', async () => {
    renderPage(<FontsCard />, {
      api: fakeApi({ 'documents.fonts': vi.fn(() => Promise.resolve(report)) }),
    });

    expect(await screen.findByText('simfang.ttf')).toBeTruthy();
    expect(screen.getByTestId('font-in-use-fangsong').textContent).toContain('本机字体');
    expect(screen.getByTestId('font-in-use-heiti').textContent).toContain('设置的文件');
    expect(screen.getByTestId('font-in-use-songti').textContent).toContain('随软件提供的开源字体');
    expect(screen.getByText('设置的楷体字体文件无法读取：/home/user/kaiti.ttf')).toBeTruthy();
    expect(screen.getByText(/仿宋_GB2312、方正小标宋/)).toBeTruthy();
  });

  it('saves typed font files by role, with the PostScript name only when given', async () => {
    const heiti = { path: '/opt/fonts/simhei.ttf' };
    const { update } = renderFontsCard(report, { heiti });

    await fill({
      'font-path-fangsong': ' C:\\Windows\\Fonts\\simfang.ttf ',
      'font-path-xiaobiaosong': '/fonts/fz.ttc',
      'font-ps-xiaobiaosong': 'FZXBSJW--GB1-0',
    });
    fireEvent.click(screen.getByTestId('fonts-save'));

    await calledWith(update, {
      fontFiles: {
        fangsong: { path: 'C:\\Windows\\Fonts\\simfang.ttf' },
        heiti,
        xiaobiaosong: { path: '/fonts/fz.ttc', postscriptName: 'FZXBSJW--GB1-0' },
      },
    });
    expect(await screen.findByText('已保存字体设置')).toBeTruthy();
  });

  it('清除 drops one role’s file and keeps the others', async () => {
    const kaiti = { path: '/fonts/kaiti.ttf' };
    const update = vi.fn<DossierApi['workspace.update']>(() => Promise.resolve(meta()));
    renderPage(<FontsCard />, {
      api: fakeApi({
        'documents.fonts': vi.fn(() => Promise.resolve(report)),
        'workspace.update': update,
      }),
      status: readyStatus({}, { fontFiles: { heiti: { path: '/fonts/simhei.ttf' }, kaiti } }),
    });

    expect(screen.getByTestId('font-clear-fangsong').hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByTestId('font-clear-heiti'));

    await waitFor(() => expect(update).toHaveBeenCalledWith({ fontFiles: { kaiti } }));
    expect(await screen.findByText('已清除黑体（一级标题）的字体文件')).toBeTruthy();
  });
});

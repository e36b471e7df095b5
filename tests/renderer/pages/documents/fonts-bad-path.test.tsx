// Checks a font file that cannot be read shows only the warning after saving, not "已保存" beside it.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, FontReport } from '../../../../renderer/src/api/contract-types';
import { FontsCard } from '../../../../renderer/src/pages/settings/FontsCard';
import { fakeApi } from '../../helpers/fake-api';
import { meta } from '../../helpers/fixtures';
import { renderPage } from '../../helpers/render';

const shipped = '/app/fonts/NotoSerifSC.otf';
const rows: FontReport['rows'] = (
  ['fangsong', 'heiti', 'kaiti', 'xiaobiaosong', 'songti'] as const
).map((role) => ({ role, name: role, path: shipped, source: 'shipped' }));
const BAD = '/home/user/kaiti.ttf';
const PROBLEM = `设置的楷体字体文件无法读取：${BAD}`;

describe('设置 → 公文字体: a path that cannot be read', () => {
  it('shows the warning and no 已保存', async () => {
    let saved = false;
    const fonts = vi.fn<DossierApi['documents.fonts']>(() =>
      Promise.resolve({ rows, problems: saved ? [PROBLEM] : [] }),
    );
    const update = vi.fn<DossierApi['workspace.update']>((patch) => {
      saved = true;
      return Promise.resolve(meta({ fontFiles: patch.fontFiles ?? {} }));
    });
    renderPage(<FontsCard />, {
      api: fakeApi({ 'documents.fonts': fonts, 'workspace.update': update }),
    });
    fireEvent.change(await screen.findByTestId('font-path-kaiti'), { target: { value: BAD } });
    fireEvent.click(screen.getByTestId('fonts-save'));

    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(PROBLEM)).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('fonts-save').className).not.toContain('loading'),
    );
    expect(screen.queryByText('已保存字体设置')).toBeNull();
  });

  it('a readable file says 已保存', async () => {
    const fonts = vi.fn<DossierApi['documents.fonts']>(() =>
      Promise.resolve({ rows, problems: [] }),
    );
    const update = vi.fn<DossierApi['workspace.update']>((patch) =>
      Promise.resolve(meta({ fontFiles: patch.fontFiles ?? {} })),
    );
    renderPage(<FontsCard />, {
      api: fakeApi({ 'documents.fonts': fonts, 'workspace.update': update }),
    });
    fireEvent.change(await screen.findByTestId('font-path-kaiti'), {
      target: { value: '/usr/share/fonts/simkai.ttf' },
    });
    fireEvent.click(screen.getByTestId('fonts-save'));
    expect(await screen.findByText('已保存字体设置')).toBeTruthy();
  });
});

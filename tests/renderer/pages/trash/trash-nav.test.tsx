// Checks that 回收站 has its own navigation entry, highlighted on the 回收站 page instead of 设置.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Shell } from '../../../../renderer/src/app/Shell';
import { fakeApi } from '../../helpers/fake-api';
import { renderPage } from '../../helpers/render';

afterEach(() => {
  window.location.hash = '';
});

function isSelected(testId: string): boolean {
  return screen.getByTestId(testId).classList.contains('ant-menu-item-selected');
}

describe('navigation on the 回收站 page', () => {
  it('highlights 回收站, not 设置', async () => {
    window.location.hash = '#/trash';
    const list = vi.fn(() => Promise.resolve([]));
    renderPage(<Shell />, { api: fakeApi({ 'trash.list': list }) });
    expect(await screen.findByText('回收站是空的。')).toBeTruthy();
    await waitFor(() => expect(isSelected('nav-trash')).toBe(true));
    expect(isSelected('nav-settings')).toBe(false);
    expect(screen.getByTestId('nav-trash').textContent).toContain('回收站');
    // 回收站 is its own section now: no stale "← 设置" button on its card.
    expect(screen.queryByRole('button', { name: /设置/ })).toBeNull();
  });

  it('设置 is highlighted on the settings page only', async () => {
    window.location.hash = '#/settings';
    renderPage(<Shell />, { api: fakeApi({}) });
    // The menu's items come a frame after the page.
    await screen.findByTestId('nav-settings');
    expect(isSelected('nav-settings')).toBe(true);
    expect(isSelected('nav-trash')).toBe(false);
  });
});

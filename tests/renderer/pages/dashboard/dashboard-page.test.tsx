// Checks 工作台: stat cards, cards leading to filtered folio lists, follow-up lists, empty workspace.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DashboardPage } from '../../../../renderer/src/pages/dashboard/DashboardPage';
import { fakeApi } from '../../helpers/fake-api';
import { renderPage } from '../../helpers/render';
import { dashboardStats } from './stats-fixture';

function renderDashboard(stats = dashboardStats()) {
  const api = fakeApi({ 'dashboard.stats': vi.fn(() => Promise.resolve(stats)) });
  renderPage(<DashboardPage />, { api });
  return api;
}

describe('工作台', () => {
  it('shows the numbers on cards: folios, money in 亿元 with the rate in place, follow-ups', async () => {
    renderDashboard();

    const folios = await screen.findByTestId('stat-folios');
    expect(folios.textContent).toContain('项目数');
    expect(folios.textContent).toContain('3');
    expect(screen.getByTestId('stat-total').textContent).toContain('199.98亿元');
    expect(screen.getByTestId('stat-funds').textContent).toContain('23.21亿元');
    expect(screen.getByTestId('stat-funds').textContent).toContain('到位率 11.6%');
    const overdue = screen.getByTestId('stat-overdue');
    expect(overdue.textContent).toContain('2');
    expect(overdue.textContent).toContain('涉及 1 个项目');
    expect(screen.getByTestId('stat-blockers').textContent).toContain('1');
    expect(screen.getByTestId('stat-stale').textContent).toContain('超过14天未更新的项目1');
    expect(screen.getByTestId('chart-stage')).toBeTruthy();
    expect(screen.getByTestId('chart-chain')).toBeTruthy();
  });

  it('a card leads to the folio list filtered to the folios behind it', async () => {
    renderDashboard();

    fireEvent.click(await screen.findByTestId('stat-overdue'));
    expect(window.location.hash).toBe('#/folios?overdue=1');

    fireEvent.click(screen.getByTestId('stat-blockers'));
    expect(window.location.hash).toBe('#/folios?openBlockers=1');

    fireEvent.click(screen.getByTestId('stat-stale'));
    expect(window.location.hash).toBe('#/folios?stale=1');
  });

  it('lists overdue items, open blockers and stale folios, oldest first, each opening its folio', async () => {
    renderDashboard();

    const overdue = await screen.findByTestId('list-overdue');
    const items = within(overdue).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('建设定制化厂房'),
      expect.stringContaining('员工宿舍配套'),
    ]);
    expect(items[0]?.textContent).toContain('应于 2025-02-10 完成，已逾期 19 天');
    const blockers = screen.getByTestId('list-blockers');
    expect(blockers.textContent).toContain('办理中');
    expect(blockers.textContent).toContain('2025-01-15 提出，已 45 天');
    const link = within(screen.getByTestId('list-stale')).getByText('智算中心');
    expect(link.getAttribute('href')).toBe('#/folios/folio-0003');
    expect(screen.getByTestId('list-stale').textContent).toContain('尚无进度记录');
  });

  it('takes the lengths from the counts when the core sends only the first rows', async () => {
    const base = dashboardStats();
    const counts = { ...base.counts, overdueItems: 1200, overdueFolios: 950, staleFolios: 40 };
    renderDashboard(dashboardStats({ counts }));

    expect((await screen.findByTestId('stat-overdue')).textContent).toContain('1,200');
    expect(screen.getByTestId('stat-overdue').textContent).toContain('涉及 950 个项目');
    expect(screen.getByTestId('stat-stale').textContent).toContain('40');
    const overdue = screen.getByTestId('list-overdue');
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(2);
    expect(within(overdue).getByText('查看全部 1200 项').getAttribute('href')).toBe(
      '#/folios?overdue=1',
    );
  });

  it('shows the oldest few of a long list and links to all of them in the folio list', async () => {
    const staleFolios = Array.from({ length: 12 }, (_, i) => ({
      folioId: `folio-${i}`,
      folioName: `停滞项目${i + 1}`,
      stage: 'talks' as const,
      lastProgressOn: `2025-01-${String(i + 1).padStart(2, '0')}`,
    }));
    renderDashboard(dashboardStats({ staleFolios }));

    const list = await screen.findByTestId('list-stale');
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
    expect(within(list).getByText('停滞项目1')).toBeTruthy();
    expect(within(list).queryByText('停滞项目9')).toBeNull();
    const all = within(list).getByText('查看全部 12 项');
    expect(all.getAttribute('href')).toBe('#/folios?stale=1');
  });

  it('an empty workspace shows zeros and the first-run steps instead of charts', async () => {
    const empty = dashboardStats({
      totals: { key: 'all', count: 0, totalInvestment: 0, fundsInPlace: 0 },
      byStage: [],
      byChain: [],
      overdueItems: [],
      openBlockers: [],
      staleFolios: [],
    });
    renderDashboard(empty);

    expect((await screen.findByTestId('stat-folios')).textContent).toContain('0');
    expect(screen.getByTestId('stat-funds').textContent).toContain('到位率 0.0%');
    expect(screen.queryByTestId('chart-stage')).toBeNull();
    expect(screen.getByTestId('first-run').textContent).toContain('新建项目卷宗');
  });
});

// Checks the 专班 list at 1280×720: short columns keep their text on one line, cut names show in full on hover.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { GroupsPage } from '../../../../renderer/src/pages/groups/GroupsPage';
import { fakeApi } from '../../helpers/fake-api';
import { groupSummary } from '../../helpers/fixtures';
import { renderPage } from '../../helpers/render';

const LONG = '高性能AI算力服务器智造项目暨集成电路封测产业链招商工作专班';
const group = groupSummary('group-0001', LONG, { headName: '欧阳明远', chain: '集成电路封测' });

/** The table at 1280×720: 1280 less the navigation (200) and the page's and card's padding. */
const TABLE_AT_1280 = 980;

async function renderList() {
  renderPage(<GroupsPage />, {
    api: fakeApi({ 'groups.list': vi.fn(() => Promise.resolve([group])) }),
  });
  const table = screen.getByTestId('groups-table');
  await within(table).findByText(LONG);
  return table;
}

describe('专班 list at 1280×720', () => {
  it('gives every column but the name a width that keeps 产业链专班 and a three-character 组长 whole, and leaves the name 200 px', async () => {
    const table = await renderList();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent ?? '');
    const cols = Array.from(table.querySelector('colgroup')?.querySelectorAll('col') ?? []);
    const widths = cols.map((col) => Number.parseFloat(col.style.width) || 0);
    expect(widths).toHaveLength(headers.length);
    const width = (title: string) => widths[headers.findIndex((h) => h.includes(title))] ?? 0;
    // 14 px a character, the sort arrows, 32 px of cell padding.
    expect(width('类型')).toBeGreaterThanOrEqual(5 * 14 + 20 + 32);
    expect(width('组长')).toBeGreaterThanOrEqual(3 * 14 + 32);
    expect(width('专班名称')).toBe(0);
    expect(TABLE_AT_1280 - widths.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(200);
  });

  it('cuts a long group name and a long 组长 in their columns and shows them in full on hover', async () => {
    const table = await renderList();
    for (const full of [LONG, '欧阳明远']) {
      const shown = within(table).getByText(full);
      expect(shown.closest('.ant-table-cell-ellipsis'), full).not.toBeNull();
      fireEvent.mouseEnter(shown);
      const tip = await screen.findByRole('tooltip', { name: full });
      expect(tip.textContent).toBe(full);
      fireEvent.mouseLeave(shown);
    }
  });
});

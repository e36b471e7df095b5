// Checks the folio list at 1280×720: 到位资金, 包抓领导 and 客商 fit unscrolled, and a cut name shows in full on hover.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FolioTable } from '../../../../renderer/src/pages/folios/FolioTable';
import { fakeApi } from '../../helpers/fake-api';
import { folioSummary } from '../../helpers/fixtures';
import { renderPage } from '../../helpers/render';

const LONG = '张家川县箱包服饰劳动密集型产业园暨清真食品精深加工一体化项目';

/** The pixel width of each column, in order, as the table lays them out. */
function columnWidths(table: HTMLElement): number[] {
  const cols = table.querySelector('colgroup')?.querySelectorAll('col') ?? [];
  return Array.from(cols).map((col) => Number.parseFloat(col.style.width) || 0);
}

describe('folio list at 1280×720', () => {
  it('到位资金, 包抓领导 and 客商 lie within the first 960 px (no horizontal scroll to reach them)', () => {
    renderPage(
      <FolioTable
        rows={[folioSummary('folio-0001', LONG)]}
        testId="folios-table"
        selection={{ keys: [], onChange: () => undefined }}
      />,
      { api: fakeApi({}) },
    );
    const table = screen.getByTestId('folios-table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent ?? '');
    const widths = columnWidths(table);
    expect(widths).toHaveLength(headers.length);
    const end = (title: string) => {
      const at = headers.findIndex((h) => h.includes(title));
      expect(at, title).toBeGreaterThanOrEqual(0);
      return widths.slice(0, at + 1).reduce((a, b) => a + b, 0);
    };
    for (const title of ['到位资金', '包抓领导', '客商'])
      expect(end(title), title).toBeLessThanOrEqual(960);
  });

  it('a long folio name is cut in its column and shown in full on hover', async () => {
    renderPage(<FolioTable rows={[folioSummary('folio-0001', LONG)]} testId="folios-table" />, {
      api: fakeApi({}),
    });
    const link = screen.getByTestId('folio-open-folio-0001');
    expect(link.closest('.ant-table-cell-ellipsis')).not.toBeNull();
    fireEvent.mouseEnter(link);
    const tip = await screen.findByRole('tooltip');
    expect(tip.textContent).toBe(LONG);
  });
});

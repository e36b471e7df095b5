// Checks the 项目 page lists folios with stage tags, 万元 amounts, a 亿元 summary and a text filter.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FoliosPage } from '../../../../renderer/src/pages/folios/FoliosPage';
import { fakeApi } from '../../helpers/fake-api';
import { fakeFolioPage } from '../../helpers/fake-folio-page';
import { folioSummary, groupSummary } from '../../helpers/fixtures';
import { renderPage } from '../../helpers/render';

const rows = [
  folioSummary('folio-0001', '华天科技封测扩能项目', {
    totalInvestment: 1_200_000,
    fundsInPlace: 300_000,
  }),
  folioSummary('folio-0002', '风电装备制造基地', {
    groupId: 'group-0002',
    groupName: '高端装备制造产业链专班',
    enterpriseName: '金风科技',
    stage: 'signed',
    totalInvestment: 800_000,
    fundsInPlace: 0,
  }),
];

describe('项目 page', () => {
  it('lists the folios with stage tags, 万元 amounts and a 亿元 summary; the text filter narrows them', async () => {
    const api = fakeApi({
      'folios.page': fakeFolioPage(rows),
      'groups.list': vi.fn(() =>
        Promise.resolve([groupSummary('group-0001', '集成电路封测产业链专班')]),
      ),
    });
    renderPage(<FoliosPage />, { api });

    const table = screen.getByTestId('folios-table');
    expect(await within(table).findByText('华天科技封测扩能项目')).toBeTruthy();
    expect(within(table).getByText('签约')).toBeTruthy();
    expect(within(table).getByText('1,200,000')).toBeTruthy();
    expect(screen.getByTestId('folios-summary').textContent).toBe(
      '共 2 个项目，总投资 200.00 亿元，到位资金 30.00 亿元',
    );

    fireEvent.change(screen.getByTestId('folios-filter'), { target: { value: '金风' } });

    await waitFor(() => expect(within(table).queryByText('华天科技封测扩能项目')).toBeNull());
    expect(within(table).getByText('风电装备制造基地')).toBeTruthy();
    expect(screen.getByTestId('folios-summary').textContent).toContain(
      '共 1 个项目，总投资 80.00 亿元',
    );
  });
});

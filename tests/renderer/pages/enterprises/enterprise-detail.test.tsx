// Checks the 客商 detail page: fields, key people, linked folios, a gone enterprise, delete.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, EnterpriseDetail } from '../../../../renderer/src/api/contract-types';
import { EnterpriseDetailPage } from '../../../../renderer/src/pages/enterprises/EnterpriseDetailPage';
import { apiError, fakeApi, nothingInTheWay } from '../../helpers/fake-api';
import { folioSummary } from '../../helpers/fixtures';
import { renderPage } from '../../helpers/render';

const T = '2025-03-01T08:30:00.000+08:00';

const detail: EnterpriseDetail = {
  enterprise: {
    id: 'ent-0001',
    rev: 2,
    createdAt: T,
    updatedAt: T,
    workspaceId: 'ws-000001',
    name: '天水华天科技股份有限公司',
    kind: 'listed',
    headquarters: '甘肃省天水市',
    profile: '集成电路封装测试企业。',
    keyPeople: [
      { id: 'kp-000001', name: '肖胜利', title: '董事长', phone: '0938-1234567', note: '' },
    ],
  },
  folios: [
    folioSummary('folio-0001', '华天科技封测扩能项目', { totalInvestment: 1_200_000 }),
    folioSummary('folio-0002', '华天先进封装研发中心', { totalInvestment: 300_000 }),
  ],
};

describe('客商 detail page', () => {
  it('shows the fields, the key people and the linked folios; a folio row opens it', async () => {
    const get = vi.fn<DossierApi['enterprises.get']>(() => Promise.resolve(detail));
    renderPage(<EnterpriseDetailPage id="ent-0001" />, {
      api: fakeApi({ 'enterprises.get': get }),
    });

    const page = await screen.findByTestId('enterprise-detail');
    expect(get).toHaveBeenCalledWith({ id: 'ent-0001' });
    expect(within(page).getByText('天水华天科技股份有限公司')).toBeTruthy();
    expect(within(page).getByText('上市公司')).toBeTruthy();
    expect(within(page).getByText('集成电路封装测试企业。')).toBeTruthy();
    expect(within(page).getByText('150.00 亿元')).toBeTruthy();
    const people = screen.getByTestId('enterprise-key-people');
    expect(within(people).getByText('肖胜利')).toBeTruthy();
    expect(within(people).getByText('0938-1234567')).toBeTruthy();

    const folios = screen.getByTestId('enterprise-folios-table');
    fireEvent.click(within(folios).getByText('华天先进封装研发中心'));
    expect(window.location.hash).toBe('#/folios/folio-0002');
  });

  it('an enterprise that is gone shows the core’s message', async () => {
    const get = vi.fn<DossierApi['enterprises.get']>(() =>
      Promise.reject(apiError({ kind: 'not_found', message: '找不到这家客商，可能已被删除。' })),
    );
    renderPage(<EnterpriseDetailPage id="ent-0009" />, {
      api: fakeApi({ 'enterprises.get': get }),
    });
    expect(await screen.findByText('找不到这家客商，可能已被删除。')).toBeTruthy();
  });

  it('deleting from the detail page goes back to the list once the core agrees', async () => {
    const remove = vi.fn<DossierApi['enterprises.delete']>(() =>
      Promise.resolve({ id: 'ent-0001' }),
    );
    renderPage(<EnterpriseDetailPage id="ent-0001" />, {
      api: fakeApi({
        'enterprises.get': vi.fn(() => Promise.resolve(detail)),
        'enterprises.delete': remove,
        'enterprises.deleteCheck': nothingInTheWay,
      }),
    });

    fireEvent.click(await screen.findByTestId('enterprise-delete'));
    expect((await screen.findByRole('dialog')).textContent).toContain('删除后可在回收站中恢复。');
    fireEvent.click(screen.getByTestId('confirm-ok'));

    await waitFor(() => expect(window.location.hash).toBe('#/enterprises'));
    expect(remove).toHaveBeenCalledWith({ id: 'ent-0001', rev: 2 });
  });
});

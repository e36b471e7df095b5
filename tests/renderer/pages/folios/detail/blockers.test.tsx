// Checks the 堵点难点 tab: solving with resolution and date, 无法解决 needs a reason, new blockers.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, Folio } from '../../../../../renderer/src/api/contract-types';
import { calledWith, fieldItem, fill, submit } from '../../../helpers/form';
import { detailFolio, localToday, openTab, renderDetail, rowWith } from './support';

const blocker = (
  id: string,
  problem: string,
  overrides: Partial<Folio['blockers'][number]> = {},
): Folio['blockers'][number] => ({
  id,
  problem,
  raisedOn: '2025-02-01',
  department: '国网天水供电公司',
  status: 'open',
  resolution: '',
  solvedOn: null,
  onSite: false,
  ...overrides,
});

describe('堵点难点', () => {
  it('办结 as solved sends the blocker with status solved, the resolution and today’s date', async () => {
    const power = blocker('blocker-0001', '厂区双回路供电接入滞后');
    const road = blocker('blocker-0002', '进场道路未硬化', { status: 'inProgress' });
    const stored = detailFolio({ blockers: [power, road] });
    const update = vi.fn<DossierApi['folios.update']>((input) =>
      Promise.resolve({
        ...stored,
        rev: stored.rev + 1,
        blockers: input.blockers as Folio['blockers'],
      }),
    );
    await renderDetail(stored, { 'folios.update': update });
    openTab('blockers');

    fireEvent.click(
      within(rowWith('blocker-row', '厂区双回路供电接入滞后')).getByTestId('blocker-solve'),
    );
    await fill({ 'blocker-form-resolution': '市长现场办公协调供电公司提前施工' });
    fireEvent.click(screen.getByTestId('blocker-solve-onsite'));
    submit();

    await calledWith(update, {
      id: stored.id,
      rev: stored.rev,
      blockers: [
        {
          ...power,
          status: 'solved',
          resolution: '市长现场办公协调供电公司提前施工',
          solvedOn: localToday(),
          onSite: true,
        },
        road,
      ],
    });
    expect(update).toHaveBeenCalledTimes(1);
    const row = rowWith('blocker-row', '厂区双回路供电接入滞后');
    expect(await within(row).findByText('已解决')).toBeTruthy();
    expect(within(row).getByText('现场办公')).toBeTruthy();
    expect(within(row).queryByTestId('blocker-solve')).toBeNull();
  });

  it('无法解决 asks for the reason before anything is sent', async () => {
    const stored = detailFolio({ blockers: [blocker('blocker-0001', '用地指标不足')] });
    const update = vi.fn<DossierApi['folios.update']>();
    await renderDetail(stored, { 'folios.update': update });
    openTab('blockers');

    fireEvent.click(screen.getByTestId('blocker-solve'));
    fireEvent.click(await screen.findByRole('radio', { name: '无法解决' }));
    await screen.findByText('无法解决的原因');
    submit();

    expect(
      await within(fieldItem('blocker-form-resolution')).findByText('请填写无法解决的原因'),
    ).toBeTruthy();
    expect(update).not.toHaveBeenCalled();
  });

  it('a new blocker is sent without an id, raised today, 待办', async () => {
    const stored = detailFolio();
    const update = vi.fn<DossierApi['folios.update']>(() => Promise.resolve(stored));
    await renderDetail(stored, { 'folios.update': update });
    openTab('blockers');

    fireEvent.click(screen.getByTestId('blocker-add'));
    await fill({
      'blocker-form-problem': '员工宿舍配套不足',
      'blocker-form-department': '经开区管委会',
    });
    submit();

    await calledWith(update, {
      id: stored.id,
      rev: stored.rev,
      blockers: [
        {
          id: undefined,
          problem: '员工宿舍配套不足',
          raisedOn: localToday(),
          department: '经开区管委会',
          status: 'open',
          resolution: '',
          solvedOn: null,
          onSite: false,
        },
      ],
    });
  });
});

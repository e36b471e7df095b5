// Checks 变更阶段: a reason hinted and the server's error on it, forward moves sent and shown.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../../../renderer/src/api/contract-types';
import { refusedField } from '../../../helpers/fake-api';
import { calledWith, fieldItem, fill, submit } from '../../../helpers/form';
import { detailFolio, localToday, pickOption, renderDetail } from './support';

describe('变更阶段', () => {
  it('moving back without a reason: the form hints at it, and the server’s error lands on the reason', async () => {
    const stored = detailFolio({
      stage: 'signed',
      stageDates: { lead: '2025-01-05', talks: '2025-02-10', signed: '2025-03-01' },
    });
    const changeStage = vi.fn<DossierApi['folios.changeStage']>(
      refusedField('reason', '退回之前的阶段请填写原因'),
    );
    await renderDetail(stored, { 'folios.changeStage': changeStage });

    fireEvent.click(screen.getByTestId('folio-stage-change'));
    await pickOption('stage-form-stage', '洽谈');
    expect(
      await within(fieldItem('stage-form-reason')).findByText(
        '退回之前的阶段、暂缓或终止项目，请写明原因。',
      ),
    ).toBeTruthy();
    submit();

    expect(
      await within(fieldItem('stage-form-reason')).findByText('退回之前的阶段请填写原因'),
    ).toBeTruthy();
    expect(changeStage).toHaveBeenCalledWith({
      id: stored.id,
      rev: stored.rev,
      stage: 'talks',
      date: localToday(),
      reason: '',
    });
    expect(screen.getByTestId('folio-detail-stage').textContent).toBe('签约');
  });

  it('moving forward sends the stage and date, and the page shows the folio returned', async () => {
    const stored = detailFolio({ stage: 'talks' });
    const changeStage = vi.fn<DossierApi['folios.changeStage']>(({ stage, date }) =>
      Promise.resolve({
        ...stored,
        rev: stored.rev + 1,
        stage,
        stageDates: { ...stored.stageDates, [stage]: date },
      }),
    );
    await renderDetail(stored, { 'folios.changeStage': changeStage });

    fireEvent.click(screen.getByTestId('folio-stage-change'));
    await pickOption('stage-form-stage', '具备签约条件');
    await fill({ 'stage-form-date': '2025-04-06' });
    submit();

    await calledWith(changeStage, {
      id: stored.id,
      rev: stored.rev,
      stage: 'ready',
      date: '2025-04-06',
      reason: '',
    });
    expect(
      await within(screen.getByTestId('folio-stage-dates')).findByText('2025-04-06'),
    ).toBeTruthy();
    expect(screen.getByTestId('folio-detail-stage').textContent).toBe('具备签约条件');
  });
});

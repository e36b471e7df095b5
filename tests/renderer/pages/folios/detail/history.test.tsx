// Checks the 变更记录 tab lists every change newest first: who, which field, old → new.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { detailFolio, openTab, renderDetail } from './support';

describe('变更记录', () => {
  it('lists every recorded change, newest first: who, which field, old → new', async () => {
    const stored = detailFolio({
      history: [
        { at: '2025-03-01T08:00:00.000Z', by: '杨静', field: '阶段', from: '洽谈', to: '签约' },
        { at: '2025-03-05T08:00:00.000Z', by: '王磊', field: '到位资金', from: '0', to: '12000' },
      ],
    });
    await renderDetail(stored);
    openTab('history');

    const rows = await screen.findAllByTestId('history-row');
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    if (!first || !second) throw new Error('two rows expected');
    expect(within(first).getByText('到位资金')).toBeTruthy();
    expect(within(first).getByText('王磊')).toBeTruthy();
    expect(within(first).getByText('12000')).toBeTruthy();
    expect(within(second).getByText('阶段')).toBeTruthy();
    expect(within(second).getByText('洽谈')).toBeTruthy();
    expect(within(second).getByText('签约')).toBeTruthy();
  });
});

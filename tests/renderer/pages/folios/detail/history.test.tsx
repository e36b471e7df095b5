// Checks the 变更记录 tab lists every change newest first: who, which field, old → new.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectTexts } from '../../../helpers/rows';
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
    expectTexts(first, ['到位资金', '王磊', '12000']);
    expectTexts(second, ['阶段', '洽谈', '签约']);
  });
});

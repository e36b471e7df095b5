// Checks 编辑 on a folio: responsible unit, expected output and tags sent and shown (not the stage).
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../../../renderer/src/api/contract-types';
import { groupSummary } from '../../../helpers/fixtures';
import { calledWith, fill, submit } from '../../../helpers/form';
import { detailFolio, renderDetail } from './support';

const lists: Partial<DossierApi> = {
  'groups.list': vi.fn(() => Promise.resolve([groupSummary('group-0001', '算力产业链专班')])),
  'enterprises.list': vi.fn(() => Promise.resolve([])),
  'people.list': vi.fn(() => Promise.resolve([])),
};

describe('编辑 a folio', () => {
  it('edits the responsible unit, expected output and tags (not the stage), and shows them', async () => {
    const stored = detailFolio({ tags: ['引大引强引头部'] });
    const update = vi.fn<DossierApi['folios.update']>((input) =>
      Promise.resolve({
        ...stored,
        rev: input.rev + 1,
        responsibleUnit: input.responsibleUnit ?? stored.responsibleUnit,
        expectedOutput: input.expectedOutput ?? stored.expectedOutput,
        tags: input.tags ?? stored.tags,
      }),
    );
    await renderDetail(stored, { ...lists, 'folios.update': update });

    fireEvent.click(screen.getByTestId('folio-edit'));
    await screen.findByTestId('folio-form');
    expect(screen.queryByTestId('folio-form-stage')).toBeNull();
    await fill({ 'folio-form-unit': '天水经济技术开发区管委会', 'folio-form-output': '225000' });
    const tagInput = screen.getByTestId('folio-form-tags').querySelector('input');
    if (!tagInput) throw new Error('no tag input');
    fireEvent.change(tagInput, { target: { value: '市长现场办公' } });
    fireEvent.keyDown(tagInput, { key: 'Enter', code: 'Enter', keyCode: 13 });
    submit();

    await calledWith(update, {
      id: stored.id,
      rev: stored.rev,
      responsibleUnit: '天水经济技术开发区管委会',
      expectedOutput: 225_000,
      tags: ['引大引强引头部', '市长现场办公'],
    });
    const overview = screen.getByTestId('folio-overview');
    expect(await within(overview).findByText('天水经济技术开发区管委会')).toBeTruthy();
    expect(within(overview).getByText('市长现场办公')).toBeTruthy();
    expect(within(overview).getByText('22.50 亿元')).toBeTruthy();
  });
});

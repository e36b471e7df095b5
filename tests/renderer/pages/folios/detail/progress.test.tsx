// Checks the 日晒进度 tab: newest first; a new entry dated today, by the operator, shown on top.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, Folio } from '../../../../../renderer/src/api/contract-types';
import { calledWith, fill, submit } from '../../../helpers/form';
import { detailFolio, localToday, OPERATOR, openTab, renderDetail } from './support';

const entry = (id: string, date: string, text: string) => ({ id, date, author: '杨静', text });

describe('日晒进度', () => {
  it('lists entries newest first; a new one is dated today, by the operator, and shown on top', async () => {
    const older = entry('progress-0001', '2025-03-01', '两条生产线完成安装调试');
    const newer = entry('progress-0002', '2025-03-08', '首批服务器下线');
    const stored = detailFolio({ progress: [newer, older] });
    const update = vi.fn<DossierApi['folios.update']>((input) =>
      Promise.resolve({
        ...stored,
        rev: stored.rev + 1,
        progress: (input.progress ?? []).map((e, i) => ({ ...e, id: e.id ?? `progress-new-${i}` })),
      } satisfies Folio),
    );
    await renderDetail(stored, { 'folios.update': update });
    openTab('progress');

    const texts = () => screen.getAllByTestId('progress-entry').map((el) => el.textContent ?? '');
    expect(texts()[0]).toContain('首批服务器下线');
    expect(texts()[1]).toContain('两条生产线完成安装调试');

    fireEvent.click(screen.getByTestId('progress-add'));
    expect((await screen.findByTestId<HTMLInputElement>('progress-form-date')).value).toBe(
      localToday(),
    );
    expect(screen.getByTestId<HTMLInputElement>('progress-form-author').value).toBe(OPERATOR);
    await fill({ 'progress-form-text': '年产2万台扩能项目完成备案' });
    submit();

    await calledWith(update, {
      id: stored.id,
      rev: stored.rev,
      progress: [
        newer,
        older,
        { date: localToday(), author: OPERATOR, text: '年产2万台扩能项目完成备案' },
      ],
    });
    expect(update).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(texts()).toHaveLength(3));
    expect(texts()[0]).toContain('年产2万台扩能项目完成备案');
    expect(texts()[0]).toContain(`填报人：${OPERATOR}`);
  });
});

// Checks the header's search box: hits grouped and marked, debounced, opening records, empty and failed.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../renderer/src/api/contract-types';
import { GlobalSearch } from '../../../renderer/src/components/search/GlobalSearch';
import type { Schedule, SearchHit } from '../../../renderer/src/components/search/useSearch';
import { apiError, fakeApi } from '../helpers/fake-api';
import { renderPage } from '../helpers/render';

/** A stand-in for the debounce timer: the test says when typing has paused. */
function manualSchedule() {
  const waiting = new Set<() => void>();
  const schedule: Schedule = (run) => {
    waiting.add(run);
    return () => waiting.delete(run);
  };
  const pause = () => {
    const runs = [...waiting];
    waiting.clear();
    runs.forEach((run) => run());
  };
  return { schedule, pause, waiting };
}

const folioByName: SearchHit = {
  kind: 'folio',
  id: 'folio-0001',
  title: '天水麻辣烫文旅街区项目',
  field: '项目名称',
  snippet: '天水麻辣烫文旅街区项目',
};
const folioByBlocker: SearchHit = {
  kind: 'folio',
  id: 'folio-0002',
  title: '秦州区餐饮服务配套项目',
  field: '堵点',
  snippet: '麻辣烫街区停车位不足',
};
const enterprise: SearchHit = {
  kind: 'enterprise',
  id: 'ent-0001',
  title: '甘肃麻辣烫餐饮管理有限公司',
  field: '客商名称',
  snippet: '甘肃麻辣烫餐饮管理有限公司',
};

const complete = (hits: SearchHit[]) => ({ hits, complete: true });

function setup(search: DossierApi['search.find']) {
  const timer = manualSchedule();
  renderPage(<GlobalSearch schedule={timer.schedule} />, {
    api: fakeApi({ 'search.find': search }),
  });
  const input = screen.getByTestId('global-search');
  const type = (value: string) => fireEvent.change(input, { target: { value } });
  return { ...timer, input, type };
}

describe('global search box', () => {
  it('shows the hits grouped by kind, with the matched part and the match marked', async () => {
    const search = vi.fn<DossierApi['search.find']>(() =>
      Promise.resolve(complete([folioByName, enterprise, folioByBlocker])),
    );
    const { type, pause } = setup(search);

    type('麻辣烫');
    pause();

    const hits = await screen.findAllByTestId('search-hit');
    expect(search).toHaveBeenCalledWith({ text: '麻辣烫', limit: 30 });
    expect(hits.map((h) => h.textContent)).toEqual([
      '天水麻辣烫文旅街区项目项目名称',
      '秦州区餐饮服务配套项目堵点麻辣烫街区停车位不足',
      '甘肃麻辣烫餐饮管理有限公司客商名称',
    ]);
    expect(screen.getByText('项目（2）')).toBeTruthy();
    expect(screen.getByText('客商（1）')).toBeTruthy();
    const blocker = hits[1];
    if (!blocker) throw new Error('no blocker hit');
    expect(blocker.querySelectorAll('mark')).toHaveLength(1);
    expect(blocker.querySelector('mark')?.textContent).toBe('麻辣烫');
  });

  it('picking a hit opens its folio and clears the box', async () => {
    const search = vi.fn<DossierApi['search.find']>(() =>
      Promise.resolve(complete([folioByName, folioByBlocker])),
    );
    const { type, pause, input } = setup(search);

    type('mlt');
    pause();
    const [, second] = await screen.findAllByTestId('search-hit');
    const option = second?.closest('.ant-select-item-option');
    if (!option) throw new Error('no option');
    fireEvent.click(option);

    expect(window.location.hash).toBe('#/folios/folio-0002');
    await waitFor(() => expect((input as HTMLInputElement).value).toBe(''));
  });

  it('searches only once typing pauses, for the last text typed', async () => {
    const search = vi.fn<DossierApi['search.find']>(() => Promise.resolve(complete([folioByName])));
    const { type, pause, waiting } = setup(search);

    type('t');
    type('ts');
    type('tsmlt');
    expect(search).not.toHaveBeenCalled();
    expect(waiting.size).toBe(1);
    pause();

    await screen.findByTestId('search-hit');
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith({ text: 'tsmlt', limit: 30 });
  });

  it('shows an incomplete answer (index still building) and asks again until it is complete', async () => {
    const search = vi
      .fn<DossierApi['search.find']>()
      .mockResolvedValueOnce({ hits: [folioByName], complete: false })
      .mockResolvedValueOnce(complete([folioByName, folioByBlocker]));
    const { type, pause, waiting } = setup(search);

    type('麻辣烫');
    pause();
    expect(await screen.findAllByTestId('search-hit')).toHaveLength(1);
    // Asked again, without more typing, once the retry is due.
    await waitFor(() => expect(waiting.size).toBe(1));
    pause();
    await waitFor(() => expect(screen.getAllByTestId('search-hit')).toHaveLength(2));
    expect(search).toHaveBeenCalledTimes(2);
    expect(search).toHaveBeenLastCalledWith({ text: '麻辣烫', limit: 30 });
    // A complete answer is the last: nothing more is scheduled.
    expect(waiting.size).toBe(0);
  });

  it('opens groups, enterprises and people on their pages', async () => {
    const hits: SearchHit[] = [
      {
        kind: 'group',
        id: 'group-0001',
        title: '文化旅游产业链专班',
        field: '专班名称',
        snippet: '文化旅游产业链专班',
      },
      { ...enterprise },
      {
        kind: 'person',
        id: 'person-0001',
        title: '曾志强',
        field: '姓名（拼音）',
        snippet: '曾志强',
      },
    ];
    const { type, pause } = setup(vi.fn(() => Promise.resolve(complete(hits))));
    const expected = ['#/groups/group-0001', '#/enterprises/ent-0001', '#/people/person-0001'];

    for (const [i, hash] of expected.entries()) {
      type(`z${i}`);
      pause();
      const option = (await screen.findAllByTestId('search-hit'))[i]?.closest(
        '.ant-select-item-option',
      );
      if (!option) throw new Error('no option');
      fireEvent.click(option);
      expect(window.location.hash).toBe(hash);
    }
  });

  it('says when nothing is found, and shows the core’s message when the search fails', async () => {
    const search = vi
      .fn<DossierApi['search.find']>()
      .mockResolvedValueOnce(complete([]))
      .mockRejectedValueOnce(apiError({ kind: 'store', message: '数据文件夹无法打开：文件损坏' }));
    const { type, pause } = setup(search);

    type('量子计算');
    pause();
    expect(await screen.findByText('没有找到相关记录')).toBeTruthy();

    type('火锅');
    pause();
    expect(await screen.findByText('搜索失败：数据文件夹无法打开：文件损坏')).toBeTruthy();
    expect(screen.queryByTestId('search-hit')).toBeNull();
  });

  it('does not search for blank text', () => {
    const search = vi.fn<DossierApi['search.find']>();
    const { type, waiting } = setup(search);
    type('   ');
    expect(waiting.size).toBe(0);
    expect(search).not.toHaveBeenCalled();
    expect(within(document.body).queryByTestId('search-hit')).toBeNull();
  });
});

describe('search box at 1280×720', () => {
  it('shows its whole placeholder in the box (it was cut at “支持拼…”) and keeps the full label for screen readers', () => {
    renderPage(<GlobalSearch />, { api: fakeApi({}) });
    const input = screen.getByTestId('global-search');
    const box = input.closest<HTMLElement>('.ant-select');
    const boxWidth = Number.parseFloat(box?.style.width ?? '');
    const placeholder = input.getAttribute('placeholder') ?? '';
    // 14 px a Chinese character or full-width mark, 7 px otherwise; less the icon (18 px),
    // the clear button (18 px) and the padding (22 px).
    const textWidth = [...placeholder].reduce((sum, c) => sum + (c > '\u2e80' ? 14 : 7), 0);
    expect(placeholder).toContain('支持拼音');
    expect(textWidth).toBeLessThanOrEqual(boxWidth - 18 - 18 - 22);
    expect(input.getAttribute('aria-label')).toBe('搜索项目、专班、客商、人员（支持拼音）');
  });
});

// Checks 工作周报 / 月调度: the period's work through the API, no changes said plainly, missing group named.
import { describe, expect, it } from 'vitest';
import { showWan } from '../../../../electron/core/model/display-text';
import { flat, expectNotFound, named, openBriefingCore, renderBoth } from './helpers';

/** The Monday-to-Sunday week around a day, and the week before it. */
function weeks(today: string): { current: [string, string]; before: [string, string] } {
  const day = new Date(`${today}T00:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  const iso = (d: Date, plusDays: number) =>
    new Date(d.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
  return { current: [iso(monday, 0), iso(monday, 6)], before: [iso(monday, -7), iso(monday, -1)] };
}

describe('工作周报 / 月调度', () => {
  it('tells the work done through the API in its period, and none of it outside', async () => {
    const core = await openBriefingCore();
    const store = core.session.store();
    const today = core.session.today();
    const group = named(store.all('groups'), '高性能AI算力服务器智造项目工作专班');
    const lead = named(store.all('folios'), 'AI服务器机箱结构件及线缆配套项目');
    await core.call('folios.changeStage', {
      id: lead.id,
      rev: lead.rev,
      stage: 'talks',
      date: today,
    });

    const busy = named(store.all('folios'), '高性能AI算力服务器智造项目二期');
    const item = busy.demandItems.find((i) => !i.doneOn);
    const blocker = busy.blockers.find((b) => b.status === 'open');
    await core.call('folios.update', {
      id: busy.id,
      rev: busy.rev,
      fundsInPlace: busy.fundsInPlace + 8000,
      demandItems: busy.demandItems.map((i) => (i === item ? { ...i, doneOn: today } : i)),
      blockers: [
        ...busy.blockers.map((b) =>
          b === blocker
            ? { ...b, status: 'solved' as const, solvedOn: today, resolution: '市长现场办公协调' }
            : b,
        ),
        {
          problem: '二期用地报批材料待补充',
          raisedOn: today,
          department: '市自然资源局',
          status: 'open',
          resolution: '',
          solvedOn: null,
          onSite: false,
        },
      ],
    });

    const { current, before } = weeks(today);
    const week = core.compose({
      template: 'groupReport',
      groupId: group.id,
      period: 'week',
      from: current[0],
      to: current[1],
    });
    expect(week.title).toBe(`工作周报：${group.name}`);
    expect(week.briefing.title.issuer).toBe(group.name);
    const { pdfText, docxText } = await renderBoth(week.briefing);
    for (const text of [pdfText, docxText]) {
      const page = flat(text);
      expect(page).toContain('阶段变动1次');
      expect(page).toContain(flat(lead.name));
      expect(page).toContain(`到位资金增加${flat(showWan(8000))}`);
      expect(page).toContain('8,000');
      expect(page).toContain(flat(item?.text ?? '—'));
      expect(page).toContain('二期用地报批材料待补充');
      expect(page).toContain(flat(`“${blocker?.problem}”已解决`));
      expect(page).toContain(flat(`“${item?.text}”已销号`));
    }

    const earlier = core.compose({
      template: 'groupReport',
      groupId: group.id,
      period: 'week',
      from: before[0],
      to: before[1],
    });
    const page = flat((await renderBoth(earlier.briefing)).pdfText);
    expect(page).not.toContain('阶段变动1次');
    expect(page).not.toContain('二期用地报批材料待补充');
    expect(page).not.toContain(flat(item?.text ?? '—'));
  });

  it('says plainly that a period with no history had no changes', async () => {
    const core = await openBriefingCore();
    const group = named(core.session.store().all('groups'), '清水县招商工作专班');
    const { briefing, title, fileStem } = core.compose({
      template: 'groupReport',
      groupId: group.id,
      period: 'month',
      from: '2020-01-01',
      to: '2020-01-31',
    });
    expect(title).toBe(`月调度：${group.name}`);
    expect(fileStem.startsWith(`月调度-${group.name}-`)).toBe(true);
    const { pdfText, docxText } = await renderBoth(briefing);
    for (const text of [pdfText, docxText]) {
      expect(flat(text)).toContain('本期（2020年1月1日至1月31日）无项目变动记录。');
    }
  });

  it('gives a valid document for a group with no folios', async () => {
    const core = await openBriefingCore();
    const group = await core.call('groups.create', { kind: 'chain', name: '新材料产业链专班' });
    const today = core.session.today();
    const { pdfText, docxText } = await renderBoth(
      core.compose({
        template: 'groupReport',
        groupId: group.id,
        period: 'week',
        from: today,
        to: today,
      }).briefing,
    );
    for (const text of [pdfText, docxText])
      expect(flat(text)).toContain('新材料产业链专班暂无项目。');
  });

  it('fails naming groupId for a group that is not there', async () => {
    const core = await openBriefingCore();
    const request = {
      template: 'groupReport',
      groupId: 'gone-group',
      period: 'week',
      from: '2026-11-01',
      to: '2026-11-07',
    } as const;
    expectNotFound(core, request, 'groupId');
  });
});

// Checks search.query: Chinese and Latin, pinyin and initials, ranking, snippets, edits seen at once.
import { describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../helpers/core';

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

async function workspace(): Promise<{ t: TestCore; groupId: string }> {
  const t = await openTestCore();
  const group = await t.call('groups.create', {
    name: '文化旅游产业链专班',
    kind: 'chain',
    description: '统筹文旅消费和配套产业项目',
  });
  return { t, groupId: group.id };
}

describe('search.query', () => {
  it('finds Chinese inside words, and Latin letters in any case', async () => {
    const { t, groupId } = await workspace();
    const folio = await t.call('folios.create', { groupId, name: '天水麻辣烫文旅街区项目' });
    const ai = await t.call('folios.create', { groupId, name: 'AI智算协同产业化平台项目' });

    expect(ids(await t.call('search.query', { text: '麻辣烫' }))).toEqual([folio.id]);
    expect(ids(await t.call('search.query', { text: 'ai智算' }))).toEqual([ai.id]);
    expect(ids(await t.call('search.query', { text: 'Ａｉ智算' }))).toEqual([ai.id]);
    const [hit] = await t.call('search.query', { text: '  辣烫文旅 ' });
    expect(hit).toEqual({
      kind: 'folio',
      id: folio.id,
      title: '天水麻辣烫文旅街区项目',
      field: '项目名称',
      snippet: '天水麻辣烫文旅街区项目',
    });
  });

  it('finds names by pinyin in full, by initials, and by a partly typed syllable', async () => {
    const { t, groupId } = await workspace();
    const folio = await t.call('folios.create', { groupId, name: '天水麻辣烫' });
    await t.call('folios.create', { groupId, name: '甘谷辣椒精深加工项目' });

    for (const text of ['tsmlt', 'tianshui', 'tianshuim', 'TianShui', 'tian shui', 'mlt']) {
      const hits = await t.call('search.query', { text });
      expect(ids(hits), text).toEqual([folio.id]);
      expect(hits[0]?.field).toBe('项目名称（拼音）');
    }
    expect(await t.call('search.query', { text: 'ianshui' })).toEqual([]);
  });

  it('lists names spelled from their start before names spelling it further in', async () => {
    const { t, groupId } = await workspace();
    const inside = await t.call('folios.create', { groupId, name: '中京电投天水智算中心项目' });
    const start = await t.call('folios.create', { groupId, name: '天水数字经济产业园项目' });

    expect(ids(await t.call('search.query', { text: 'tianshui' }))).toEqual([start.id, inside.id]);
    expect(ids(await t.call('search.query', { text: 'ts' }))).toEqual([start.id, inside.id]);
  });

  it('reads people’s surnames in surname mode, and ü as v or u', async () => {
    const { t } = await workspace();
    const zeng = await t.call('people.create', { name: '曾志强', title: '招商局局长' });
    const group = await t.call('groups.create', { name: '绿色食品招商专班', kind: 'chain' });

    expect(ids(await t.call('search.query', { text: 'zengzhiqiang' }))).toEqual([zeng.id]);
    expect(ids(await t.call('search.query', { text: 'zzq' }))).toEqual([zeng.id]);
    expect(ids(await t.call('search.query', { text: 'lvse' }))).toEqual([group.id]);
    expect(ids(await t.call('search.query', { text: 'luse' }))).toEqual([group.id]);
  });

  it('finds progress posts, blockers and checklist items and points at their folio', async () => {
    const { t, groupId } = await workspace();
    const folio = await t.call('folios.create', {
      groupId,
      name: '华天集成电路先进封装测试扩能项目',
      blockers: [
        {
          problem: '施工临时用电和道路接入',
          raisedOn: '2024-03-01',
          department: '工信局',
          status: 'solved',
          resolution: '市长现场办公会协调解决，供电公司已架设临时线路。',
          solvedOn: '2024-03-20',
          onSite: true,
        },
      ],
      progress: [
        { date: '2024-03-05', author: '杨静', text: '一期机房完成装修，首批算力设备进场。' },
      ],
      supplyItems: [{ text: '建设定制化厂房', owner: '园区管委会', due: null, doneOn: null }],
    });

    const cases: Array<[string, string, string]> = [
      ['临时用电', '堵点', '施工临时用电和道路接入'],
      ['架设临时线路', '堵点解决情况', '市长现场办公会协调解决，供电公司已架设临时线路。'],
      ['算力设备', '日晒进度', '一期机房完成装修，首批算力设备进场。'],
      ['定制化', '供给侧清单', '建设定制化厂房'],
    ];
    for (const [text, field, snippet] of cases) {
      const hits = await t.call('search.query', { text });
      expect(hits, text).toEqual([
        { kind: 'folio', id: folio.id, title: folio.name, field, snippet },
      ]);
    }
  });

  it('cuts a long text to at most 60 characters around the match', async () => {
    const { t, groupId } = await workspace();
    const before = '项目管家全程代办土地、规划、环评等前期手续，专人负责、对账销号。'.repeat(3);
    const notes = `${before}带动本地就业三百余人${before}`;
    await t.call('folios.create', { groupId, name: '秦安县食品精深加工项目', notes });
    const [hit] = await t.call('search.query', { text: '就业三百' });
    expect(hit?.field).toBe('备注');
    expect(hit?.snippet.length).toBeLessThanOrEqual(60);
    expect(hit?.snippet).toContain('带动本地就业三百余人');
    expect(hit?.snippet.startsWith('…')).toBe(true);
  });

  it('ranks the exact name, then names starting with it, then names holding it, then pinyin, then other parts', async () => {
    const { t, groupId } = await workspace();
    const inside = await t.call('folios.create', { groupId, name: '甘肃华天电子项目' });
    const byNotes = await t.call('folios.create', {
      groupId,
      name: '算力中心',
      notes: '与华天合作',
    });
    const prefix = await t.call('folios.create', { groupId, name: '华天二期' });
    const exact = await t.call('enterprises.create', { name: '华天', kind: 'listed' });
    const byPinyin = await t.call('people.create', { name: '华田' });

    const hits = await t.call('search.query', { text: '华天' });
    expect(ids(hits)).toEqual([exact.id, prefix.id, inside.id, byNotes.id]);
    const latin = await t.call('folios.create', {
      groupId,
      name: '英文简称项目',
      notes: 'Huatian',
    });
    const spelled = ids(await t.call('search.query', { text: 'huatian' }));
    expect(new Set(spelled.slice(0, 4))).toEqual(
      new Set([exact.id, prefix.id, inside.id, byPinyin.id]),
    );
    expect(spelled.slice(4)).toEqual([latin.id]);
  });

  it('sees an edit at once: a renamed folio is found by its new name only', async () => {
    const { t, groupId } = await workspace();
    const folio = await t.call('folios.create', { groupId, name: '储能电站项目' });
    expect(ids(await t.call('search.query', { text: '储能电站' }))).toEqual([folio.id]);

    await t.call('folios.update', { id: folio.id, rev: folio.rev, name: '冷链物流中心项目' });

    expect(await t.call('search.query', { text: '储能电站' })).toEqual([]);
    expect(await t.call('search.query', { text: 'cndz' })).toEqual([]);
    expect(ids(await t.call('search.query', { text: '冷链物流' }))).toEqual([folio.id]);
    expect(ids(await t.call('search.query', { text: 'llwl' }))).toEqual([folio.id]);
  });

  it('finds a folio by its enterprise’s name, also after the enterprise is renamed', async () => {
    const { t, groupId } = await workspace();
    const firm = await t.call('enterprises.create', { name: '陇原精工', kind: 'private' });
    const folio = await t.call('folios.create', {
      groupId,
      name: '数控机床项目',
      enterpriseId: firm.id,
    });
    expect(await t.call('search.query', { text: '陇原精工' })).toContainEqual(
      expect.objectContaining({ id: folio.id, field: '客商' }),
    );

    await t.call('enterprises.update', { id: firm.id, rev: firm.rev, name: '秦岭装备' });

    expect(ids(await t.call('search.query', { text: '陇原精工' }))).toEqual([]);
    expect(ids(await t.call('search.query', { text: '秦岭装备' }))).toEqual([firm.id, folio.id]);
  });

  it('drops a deleted folio, and brings it back on restore from the bin and on undo', async () => {
    const { t, groupId } = await workspace();
    const folio = await t.call('folios.create', { groupId, name: '天水大数据灾备中心项目' });
    const find = async () => ids(await t.call('search.query', { text: '灾备中心' }));

    await t.call('folios.delete', { id: folio.id, rev: folio.rev });
    expect(await find()).toEqual([]);

    const [entry] = await t.call('trash.list', {});
    if (!entry) throw new Error('the deleted folio is not in the bin');
    await t.call('trash.restore', { id: entry.id });
    expect(await find()).toEqual([folio.id]);

    await t.call('undo.undo', {});
    expect(await find()).toEqual([]);
  });

  it('undoing a rename finds the folio by its old name again', async () => {
    const { t, groupId } = await workspace();
    const folio = await t.call('folios.create', { groupId, name: '半导体测试设备零部件项目' });
    await t.call('folios.update', { id: folio.id, rev: folio.rev, name: '智能电网成套设备项目' });

    await t.call('undo.undo', {});

    expect(ids(await t.call('search.query', { text: '零部件' }))).toEqual([folio.id]);
    expect(await t.call('search.query', { text: '智能电网' })).toEqual([]);
  });

  it('searches groups, enterprises and people in their own parts', async () => {
    const { t } = await workspace();
    const firm = await t.call('enterprises.create', {
      name: '重庆市甘肃商会',
      kind: 'chamber',
      profile: '会员企业涵盖装备制造和现代物流',
      keyPeople: [{ name: '马文辉', title: '会长', phone: '', note: '' }],
    });
    const person = await t.call('people.create', {
      name: '杨静',
      title: '项目管家',
      unit: '天水经济技术开发区管委会',
    });

    expect(await t.call('search.query', { text: '现代物流' })).toEqual([
      expect.objectContaining({ kind: 'enterprise', id: firm.id, field: '客商简介' }),
    ]);
    expect(await t.call('search.query', { text: '马文辉' })).toEqual([
      expect.objectContaining({ kind: 'enterprise', id: firm.id, field: '关键人物' }),
    ]);
    expect(await t.call('search.query', { text: '开发区管委会' })).toEqual([
      expect.objectContaining({ kind: 'person', id: person.id, field: '单位' }),
    ]);
    expect(await t.call('search.query', { text: '文旅消费' })).toEqual([
      expect.objectContaining({ kind: 'group', field: '专班简介' }),
    ]);
  });

  it('gives at most `limit` hits, 50 unless asked, and one character matches names only', async () => {
    const { t, groupId } = await workspace();
    for (let i = 1; i <= 55; i++) {
      await t.call('folios.create', { groupId, name: `储能电站项目（${i}号）`, notes: '天' });
    }
    expect(await t.call('search.query', { text: '储能' })).toHaveLength(50);
    expect(await t.call('search.query', { text: '储能', limit: 7 })).toHaveLength(7);
    expect(await t.call('search.query', { text: '天' })).toEqual([]);
    expect(await t.call('search.query', { text: '储' })).toHaveLength(50);
  });

  it('answers a blank query with nothing, and refuses too long a query naming the field', async () => {
    const { t, groupId } = await workspace();
    await t.call('folios.create', { groupId, name: '天水麻辣烫' });
    expect(await t.call('search.query', { text: '' })).toEqual([]);
    expect(await t.call('search.query', { text: '   ' })).toEqual([]);
    const error = await t.fail('search.query', { text: '天'.repeat(101) });
    expect(error).toMatchObject({
      kind: 'validation',
      fields: [{ path: 'text', message: '搜索内容不能超过 100 个字' }],
    });
    const badLimit = await t.fail('search.query', { text: '天水', limit: 0 });
    expect(badLimit.fields[0]?.path).toBe('limit');
  });

  it('the search box’s search.find gives what search.query gives, complete, and checks its input the same', async () => {
    const { t, groupId } = await workspace();
    const folio = await t.call('folios.create', { groupId, name: '天水麻辣烫文旅街区项目' });
    for (const text of ['麻辣烫', 'tsmlt', '文旅']) {
      const answer = await t.call('search.find', { text, limit: 5 });
      expect(answer).toEqual({
        hits: await t.call('search.query', { text, limit: 5 }),
        complete: true,
      });
    }
    expect(ids((await t.call('search.find', { text: 'mlt' })).hits)).toEqual([folio.id]);
    const tooLong = await t.fail('search.find', { text: '天'.repeat(101) });
    expect(tooLong.fields[0]?.path).toBe('text');
  });
});

// Checks text fields through the API: single-line ones refuse hidden characters, multi-line keep breaks.
import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../../electron/core/api/contract';
import { openTestCore, type TestCore } from '../../helpers/core';

/*
 * Single-line fields refuse line breaks, controls, bidi controls and zero-width characters
 * through the API, naming the field; multi-line fields keep their line breaks and drop the rest.
 */

/** One hostile value of each sort a single-line field must refuse. */
const HOSTILE = [
  ['a line break', '天水\n二期'],
  ['a carriage return', '天水\r二期'],
  ['a tab', '天水\t二期'],
  ['a C0 control', '天水\u0007二期'],
  ['a C1 control', '天水\u0085二期'],
  ['a right-to-left override', 'ABC\u202Egpj.exe'],
  ['a bidi isolate', 'ABC\u2067二期'],
  ['a right-to-left mark', 'ABC\u200F二期'],
  ['an Arabic letter mark', 'ABC\u061C二期'],
  ['a zero-width space', 'ABC\u200B二期'],
  ['a zero-width joiner', 'ABC\u200D二期'],
  ['a word joiner', 'ABC\u2060二期'],
  ['a byte-order mark', '\uFEFFABC'],
  ['a line separator', 'ABC\u2028二期'],
] as const;

interface Ctx {
  t: TestCore;
  groupId: string;
  folio: { id: string; rev: number };
  trip: { id: string; rev: number };
}

interface FieldCase {
  /** What the message must name. */
  label: string;
  method: MethodName;
  /** The field's path as `fields[].path` gives it. */
  path: string;
  input: (ctx: Ctx, value: string) => unknown;
}

const person = { name: '王强' };
const day = (item: Record<string, string>) => [
  {
    date: '2024-04-16',
    items: [{ start: '09:00', end: '10:00', kind: 'meeting' as const, ...item }],
  },
];

/** A document mark (份号, 密级, 紧急程度) on a project brief. */
const markCase = (label: string, mark: 'copyNumber' | 'classification' | 'urgency'): FieldCase => ({
  label,
  method: 'documents.generate',
  path: `marks.${mark}`,
  input: (c, v) => ({
    requests: [{ template: 'projectBrief', folioId: c.folio.id }],
    formats: ['pdf'],
    marks: { [mark]: v },
  }),
});

/** A case: the field named `label` at `path`, written by `method` with `input`. */
const field = (
  label: string,
  method: MethodName,
  path: string,
  input: FieldCase['input'],
): FieldCase => ({ label, method, path, input });

/** A field of the trip's first schedule item. */
const itemField = (label: string, key: string) =>
  field(label, 'trips.update', `days.0.items.0.${key}`, (c, v) => ({
    ...c.trip,
    days: day({ [key]: v }),
  }));

/** Every kind of single-line field, each through the method that writes it. */
const SINGLE_LINE: FieldCase[] = [
  field('专班名称', 'groups.create', 'name', (_, v) => ({ kind: 'county', name: v })),
  field('产业链', 'groups.create', 'chain', (_, v) => ({ kind: 'county', name: '专班', chain: v })),
  field('姓名', 'people.create', 'name', (_, v) => ({ name: v })),
  field('职务', 'people.create', 'title', (_, v) => ({ ...person, title: v })),
  field('单位', 'people.create', 'unit', (_, v) => ({ ...person, unit: v })),
  field('电话', 'people.create', 'phone', (_, v) => ({ ...person, phone: v })),
  field('客商名称', 'enterprises.create', 'name', (_, v) => ({ kind: 'private', name: v })),
  field('总部所在地', 'enterprises.create', 'headquarters', (_, v) => ({
    kind: 'private',
    name: '企业',
    headquarters: v,
  })),
  field('联系人姓名', 'enterprises.create', 'keyPeople.0.name', (_, v) => ({
    kind: 'private',
    name: '企业',
    keyPeople: [{ name: v, title: '', phone: '', note: '' }],
  })),
  field('项目名称', 'folios.create', 'name', (c, v) => ({ groupId: c.groupId, name: v })),
  field('项目名称', 'folios.update', 'name', (c, v) => ({ ...c.folio, name: v })),
  field('项目地点', 'folios.update', 'location', (c, v) => ({ ...c.folio, location: v })),
  field('产业链', 'folios.update', 'chain', (c, v) => ({ ...c.folio, chain: v })),
  field('责任单位', 'folios.update', 'responsibleUnit', (c, v) => ({
    ...c.folio,
    responsibleUnit: v,
  })),
  field('标签', 'folios.update', 'tags.0', (c, v) => ({ ...c.folio, tags: [v] })),
  field('责任人/单位', 'folios.update', 'demandItems.0.owner', (c, v) => ({
    ...c.folio,
    demandItems: [{ text: '用地', owner: v, due: null, doneOn: null }],
  })),
  field('销号人', 'folios.update', 'supplyItems.0.doneBy', (c, v) => ({
    ...c.folio,
    supplyItems: [{ text: '用电', owner: '', due: null, doneOn: null, doneBy: v }],
  })),
  field('责任部门', 'folios.update', 'blockers.0.department', (c, v) => ({
    ...c.folio,
    blockers: [
      {
        problem: '用地',
        raisedOn: '2024-04-01',
        department: v,
        status: 'open',
        resolution: '',
        solvedOn: null,
        onSite: false,
      },
    ],
  })),
  field('填报人', 'folios.update', 'progress.0.author', (c, v) => ({
    ...c.folio,
    progress: [{ date: '2024-04-01', author: v, text: '签约' }],
  })),
  field('联系人姓名', 'folios.update', 'contacts.0.name', (c, v) => ({
    ...c.folio,
    contacts: [{ name: v, title: '', phone: '', note: '' }],
  })),
  field('电话', 'folios.update', 'contacts.0.phone', (c, v) => ({
    ...c.folio,
    contacts: [{ name: '李明', title: '', phone: v, note: '' }],
  })),
  field('产业链', 'folios.list', 'chain', (_, v) => ({ chain: v })),
  field('项目地点', 'folios.list', 'location', (_, v) => ({ location: v })),
  field('文件名', 'attachments.add', 'name', (c, v) => ({
    folioId: c.folio.id,
    rev: c.folio.rev,
    name: `${v}.pdf`,
    dataBase64: 'JVBERg==',
  })),
  field('考察名称', 'trips.create', 'title', (_, v) => ({
    kind: 'inbound',
    title: v,
    startDate: '2024-04-16',
    endDate: '2024-04-17',
  })),
  field('我方人员姓名', 'trips.update', 'ourDelegation.0.name', (c, v) => ({
    ...c.trip,
    ourDelegation: [{ personId: null, name: v, title: '' }],
  })),
  field('我方人员职务', 'trips.update', 'ourDelegation.0.title', (c, v) => ({
    ...c.trip,
    ourDelegation: [{ personId: null, name: '王强', title: v }],
  })),
  field('对方人员姓名', 'trips.update', 'theirDelegation.0.name', (c, v) => ({
    ...c.trip,
    theirDelegation: [{ name: v, title: '', enterpriseId: null }],
  })),
  field('对方人员职务', 'trips.update', 'theirDelegation.0.title', (c, v) => ({
    ...c.trip,
    theirDelegation: [{ name: '赵总', title: v, enterpriseId: null }],
  })),
  field('联系人职务', 'trips.update', 'hosts.0.title', (c, v) => ({
    ...c.trip,
    hosts: [{ name: '刘', title: v, unit: '', phone: '', role: '' }],
  })),
  field('联系人单位', 'trips.update', 'hosts.0.unit', (c, v) => ({
    ...c.trip,
    hosts: [{ name: '刘', title: '', unit: v, phone: '', role: '' }],
  })),
  field('联系电话', 'trips.update', 'hosts.0.phone', (c, v) => ({
    ...c.trip,
    hosts: [{ name: '刘', title: '', unit: '', phone: v, role: '' }],
  })),
  field('联系人职责', 'trips.update', 'hosts.0.role', (c, v) => ({
    ...c.trip,
    hosts: [{ name: '刘', title: '', unit: '', phone: '', role: v }],
  })),
  itemField('活动内容', 'title'),
  itemField('地点', 'place'),
  itemField('主持/接待', 'host'),
  itemField('现场联系人', 'contact'),
  field('领取人', 'trips.update', 'copyRegister.0.recipient', (c, v) => ({
    ...c.trip,
    copyRegister: [{ copyNumber: 1, recipient: v, unit: '', receivedAt: null, note: '' }],
  })),
  field('领取单位', 'trips.update', 'copyRegister.0.unit', (c, v) => ({
    ...c.trip,
    copyRegister: [{ copyNumber: 1, recipient: '', unit: v, receivedAt: null, note: '' }],
  })),
  field('工作区名称', 'workspace.update', 'name', (_, v) => ({ name: v })),
  field('操作人姓名', 'workspace.update', 'operator', (_, v) => ({ operator: v })),
  field('产业链', 'workspace.update', 'chains.0', (_, v) => ({ chains: [v] })),
  markCase('份号', 'copyNumber'),
  markCase('密级', 'classification'),
  markCase('紧急程度', 'urgency'),
];

async function setUp(): Promise<Ctx> {
  const t = await openTestCore();
  const group = await t.call('groups.create', { kind: 'county', name: '清水县招商专班' });
  const folio = await t.call('folios.create', { groupId: group.id, name: '麻辣烫产业园' });
  const trip = await t.call('trips.create', {
    kind: 'inbound',
    title: '重庆甘肃商会来天考察',
    startDate: '2024-04-16',
    endDate: '2024-04-17',
  });
  return {
    t,
    groupId: group.id,
    folio: { id: folio.id, rev: folio.rev },
    trip: { id: trip.id, rev: trip.rev },
  };
}

describe('single-line fields through the API', () => {
  it('refuse every hidden or line-breaking character, naming the field and what to remove', async () => {
    const ctx = await setUp();
    const before = await ctx.t.call('folios.get', { id: ctx.folio.id });
    for (const field of SINGLE_LINE) {
      for (const [what, value] of HOSTILE) {
        const error = await ctx.t.fail(field.method, field.input(ctx, value));
        const where = `${field.method} ${field.path} with ${what}`;
        expect(error.kind, where).toBe('validation');
        const message = `${field.label}含有换行或不可见的控制字符，请删除后再保存`;
        expect(error.fields, where).toContainEqual({ path: field.path, message });
        expect(error.message, where).toContain(message);
      }
    }
    // Nothing was written by any of them.
    expect(await ctx.t.call('folios.get', { id: ctx.folio.id })).toEqual(before);
    expect((await ctx.t.call('groups.list', {})).map((g) => g.name)).toEqual(['清水县招商专班']);
    expect(await ctx.t.call('people.list', {})).toEqual([]);
    expect((await ctx.t.call('trips.list', {})).length).toBe(1);
  });

  it('accept the same fields when they are plain, and keep ordinary spaces', async () => {
    const ctx = await setUp();
    for (const field of SINGLE_LINE) {
      if (field.method === 'documents.generate' || field.method === 'attachments.add') continue;
      const value = field.path === 'tags.0' ? '文旅 康养' : '天水 麻辣烫（二期）';
      const outcome = await ctx.t.core.registry.call(field.method, field.input(ctx, value));
      expect(outcome.ok, `${field.method} ${field.path}: ${JSON.stringify(outcome)}`).toBe(true);
      // Later updates need the current revisions.
      const { folio } = await ctx.t.call('folios.get', { id: ctx.folio.id });
      const { trip } = await ctx.t.call('trips.get', { id: ctx.trip.id });
      ctx.folio = { id: folio.id, rev: folio.rev };
      ctx.trip = { id: trip.id, rev: trip.rev };
    }
    const { folio } = await ctx.t.call('folios.get', { id: ctx.folio.id });
    expect(folio.contacts[0]?.phone).toBe('天水 麻辣烫（二期）');
  });
});

describe('multi-line fields through the API', () => {
  it('keep line breaks as \\n and drop the hidden characters', async () => {
    const ctx = await setUp();
    const folio = await ctx.t.call('folios.update', {
      ...ctx.folio,
      notes: '第一行\r\n第二行\u202E\r第三行\u200B',
      stageReason: '原因\n其二',
      demandItems: [{ text: '用地\n用电', owner: '', due: null, doneOn: null }],
      blockers: [
        {
          problem: '审批慢\u2028跨部门',
          raisedOn: '2024-04-01',
          department: '',
          status: 'open',
          resolution: '协调中\n待办',
          solvedOn: null,
          onSite: false,
        },
      ],
      progress: [{ date: '2024-04-01', author: '', text: '签约\n开工\u0007' }],
      policies: [
        {
          kind: 'land',
          financeKind: null,
          content: '供地\n50亩',
          amount: null,
          status: 'proposed',
        },
      ],
      contacts: [{ name: '李明', title: '', phone: '', note: '备注\n一' }],
    });
    expect(folio.notes).toBe('第一行\n第二行\n第三行');
    expect(folio.stageReason).toBe('原因\n其二');
    expect(folio.demandItems[0]?.text).toBe('用地\n用电');
    expect(folio.blockers[0]).toMatchObject({
      problem: '审批慢\n跨部门',
      resolution: '协调中\n待办',
    });
    expect(folio.progress[0]?.text).toBe('签约\n开工');
    expect(folio.policies[0]?.content).toBe('供地\n50亩');
    expect(folio.contacts[0]?.note).toBe('备注\n一');

    const trip = await ctx.t.call('trips.update', {
      ...ctx.trip,
      purpose: '考察\n洽谈',
      transport: '高铁\r\n专车',
      lodging: '宾馆\n\u2066A\u2069',
      days: day({ talkingPoints: '一、合作\n二、用地', materials: '简报\n名册' }),
    });
    expect(trip).toMatchObject({
      purpose: '考察\n洽谈',
      transport: '高铁\n专车',
      lodging: '宾馆\nA',
    });
    expect(trip.days[0]?.items[0]).toMatchObject({
      talkingPoints: '一、合作\n二、用地',
      materials: '简报\n名册',
    });
  });
});

// Checks that bad trip input is refused, naming the field, and changes nothing.
import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../../../electron/core/api/contract';
import { cleanTripInput, DIRECTOR, tripWorld, type TripWorld } from './trip-fixture';

/** The call fails on `path` with `message`, and neither the trip nor the undo stack moved. */
async function refused(
  w: TripWorld,
  method: MethodName,
  input: unknown,
  path: string,
  message: string | RegExp,
) {
  const before = await w.current();
  const undo = await w.t.call('undo.status', {});
  const error = await w.t.fail(method, input);
  expect(error.kind).toBe('validation');
  const field = error.fields.find((f) => f.path === path);
  expect(field, JSON.stringify(error.fields)).toBeDefined();
  expect(field?.message).toMatch(message);
  expect(error.message).toMatch(/^输入有误：/);
  expect(await w.current()).toEqual(before);
  expect(await w.t.call('undo.status', {})).toEqual(undo);
  expect(await w.t.call('trips.list', {})).toHaveLength(1);
}

const update = (w: TripWorld, patch: object) => ({ id: w.trip.id, rev: w.trip.rev, ...patch });

/** 'trips.update' with `patch` is refused on `path` with `message`, and nothing changes. */
const refusedUpdate = (w: TripWorld, patch: object, path: string, message: string | RegExp) =>
  refused(w, 'trips.update', update(w, patch), path, message);

describe('bad trip input is refused, naming the field, and changes nothing', () => {
  it('an end date before the start date', async () => {
    const w = await tripWorld();
    await refusedUpdate(
      w,
      { endDate: '2024-03-28', days: [] },
      'endDate',
      '结束日期不能早于开始日期',
    );
  });

  it('a day outside the trip’s dates', async () => {
    const w = await tripWorld();
    await refusedUpdate(
      w,
      { endDate: '2024-03-29' },
      'days.1.date',
      '日程日期 2024-03-30 不在考察日期（2024-03-29 至 2024-03-29）之内',
    );
  });

  it('days out of order, or the same date twice', async () => {
    const w = await tripWorld();
    const [first, second] = w.trip.days;
    await refusedUpdate(w, { days: [second, first] }, 'days.1.date', /应按先后排列/);
    await refusedUpdate(
      w,
      { days: [first, { ...first, items: [] }] },
      'days.1.date',
      '日程日期 2024-03-29 重复',
    );
  });

  it('an item that ends before it starts, or a time not written HH:MM', async () => {
    const w = await tripWorld();
    const day = w.trip.days[0];
    const item = day?.items[1];
    const with_ = (patch: object) => [
      { ...day, items: [day?.items[0], { ...item, ...patch }] },
      w.trip.days[1],
    ];
    const cases = [
      ['end', '14:00', '2024-03-29 14:30 的活动结束时间不能早于开始时间'],
      ['start', '9:30', '开始时间格式应为 HH:MM（如 09:30）'],
      ['kind', 'banquet', '活动类型无效'],
    ] as const;
    for (const [key, value, message] of cases) {
      await refusedUpdate(w, { days: with_({ [key]: value }) }, `days.0.items.1.${key}`, message);
    }
  });

  it('an attendee who is not in the delegation', async () => {
    const w = await tripWorld();
    const day = w.trip.days[0];
    const first = day?.items[0];
    const days = [
      { ...day, items: [{ ...first, theirAttendees: [DIRECTOR] }, day?.items[1]] },
      w.trip.days[1],
    ];
    await refusedUpdate(
      w,
      { days },
      'days.0.items.0.theirAttendees.0',
      '对方参加人员不在对方人员名单中',
    );
    await refusedUpdate(
      w,
      { ourDelegation: [] },
      'days.0.items.0.ourAttendees.0',
      '我方参加人员不在我方人员名单中',
    );
  });

  it('a link to a folio, enterprise or person that does not exist', async () => {
    const w = await tripWorld();
    await refusedUpdate(
      w,
      { folioIds: ['no-such-folio'] },
      'folioIds.0',
      '所选项目不存在，请重新选择',
    );
    const their = w.trip.theirDelegation.map((m) => ({ ...m, enterpriseId: 'no-such-firm' }));
    await refusedUpdate(
      w,
      { theirDelegation: their },
      'theirDelegation.0.enterpriseId',
      '所选客商不存在，请重新选择',
    );
    const ours = w.trip.ourDelegation.map((m) => ({ ...m, personId: m.personId && 'nobody-here' }));
    await refusedUpdate(
      w,
      { ourDelegation: ours },
      'ourDelegation.0.personId',
      '所选人员不存在，请重新选择',
    );
  });

  it('an empty title or an unknown kind on create', async () => {
    const w = await tripWorld();
    const input = cleanTripInput(w);
    await refused(w, 'trips.create', { ...input, title: '  ' }, 'title', '考察名称不能为空');
    await refused(w, 'trips.create', { ...input, kind: 'tour' }, 'kind', '考察类型无效');
    await refused(
      w,
      'trips.create',
      { ...input, startDate: '2024-3-29' },
      'startDate',
      '日期格式应为 YYYY-MM-DD',
    );
  });

  it('pack versions are not the officer’s to write', async () => {
    const w = await tripWorld();
    const error = await w.t.fail('trips.update', update(w, { packVersions: [] }));
    expect(error.kind).toBe('validation');
    expect(error.message).toContain('packVersions');
  });

  it('a move to an unknown item, a date outside the trip or a place past the day’s end', async () => {
    const w = await tripWorld();
    const itemId = w.trip.days[0]?.items[0]?.id ?? '';
    const move = (patch: object) =>
      update(w, { itemId, toDate: '2024-03-30', toIndex: 0, ...patch });
    await refused(
      w,
      'trips.moveItem',
      move({ itemId: 'no-such-item' }),
      'itemId',
      '找不到该日程事项，可能已被删除',
    );
    await refused(w, 'trips.moveItem', move({ toDate: '2024-04-02' }), 'toDate', /不在考察日期/);
    await refused(
      w,
      'trips.moveItem',
      move({ toIndex: 2 }),
      'toIndex',
      '位置超出范围：该日现有 1 项日程',
    );
    await refused(w, 'trips.moveItem', move({ toIndex: -1 }), 'toIndex', '位置不能为负数');
  });
});

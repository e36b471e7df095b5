// Checks the demo's trips: schedules without clashes, links, demo removal, workspaces without trips.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TripDetail } from '../../../../electron/core/api/views';
import { addDays, daysBetween } from '../../../../electron/core/services/workspace/demo-dates';
import { TEST_START, openTestCore, type TestCore } from '../../../helpers/core';
import { makeTempDir } from '../../../helpers/temp-dir';

/** A day of the demo file (written for 2026-11-25), as loaded on the test clock's day. */
const demoDay = (day: string) =>
  addDays(day, daysBetween('2026-11-25', TEST_START.toISOString().slice(0, 10)));

const CHAMBER_TRIP = '重庆市甘肃商会企业家考察团赴清水县、张家川县考察对接';
const XIAMEN_TRIP = '市长带队赴厦门拜访弘信电子集团';

async function demoTrip(t: TestCore, title: string): Promise<TripDetail> {
  const summary = (await t.call('trips.list', {})).find((s) => s.title === title);
  if (!summary) throw new Error(`no demo trip ${title}`);
  return t.call('trips.get', { id: summary.id });
}

/** Who attends an item, by name, as the agenda will print them. */
function attendees(detail: TripDetail, date: string, start: string) {
  const item = detail.trip.days.find((d) => d.date === date)?.items.find((i) => i.start === start);
  const name = (list: { id: string; name: string }[]) => (id: string) =>
    list.find((m) => m.id === id)?.name;
  return {
    item,
    ours: item?.ourAttendees.map(name(detail.trip.ourDelegation)),
    theirs: item?.theirAttendees.map(name(detail.trip.theirDelegation)),
  };
}

describe('the demo workspace’s trips', () => {
  it('loads both trips, newest first, with their schedules and no clash', async () => {
    const t = await openTestCore();
    await t.call('workspace.loadDemo', {});
    const list = await t.call('trips.list', {});
    expect(list.map((s) => [s.title, s.kind, s.startDate, s.endDate, s.itemCount])).toEqual([
      [XIAMEN_TRIP, 'outbound', demoDay('2026-12-03'), demoDay('2026-12-04'), 10],
      [CHAMBER_TRIP, 'inbound', demoDay('2026-10-23'), demoDay('2026-10-24'), 14],
    ]);
    // Both schedules were written to fit: no overlap, no one in two places, no site twice.
    expect(list.map((s) => s.clashCount)).toEqual([0, 0]);
    expect(list.every((s) => s.id.startsWith('demo-'))).toBe(true);
  });

  it('links the chamber’s visit to its people, enterprise and the folios of each stop', async () => {
    const t = await openTestCore();
    await t.call('workspace.loadDemo', {});
    const detail = await demoTrip(t, CHAMBER_TRIP);
    const { trip } = detail;
    expect(trip.ourDelegation.slice(0, 3).map((m) => m.name)).toEqual(['张宇晶', '张伟', '景怡']);
    expect(detail.people.map((p) => p.name)).toContain('牛建军');
    expect(trip.theirDelegation[0]).toMatchObject({ name: '崔小刚' });
    expect(detail.enterprises.map((e) => e.name)).toEqual([
      '重庆市甘肃商会',
      '重庆金盛世华实业有限公司',
    ]);
    expect(detail.folios.map((f) => f.name)).toContain('清水县智慧工业园项目');
    expect(trip.hosts.map((h) => h.name)).toEqual(['王磊', '马晓军', '路燕', '王启明']);
    expect(trip.lodging).toContain('清水县');

    const forum = attendees(detail, demoDay('2026-10-24'), '14:30');
    expect(forum.item).toMatchObject({ kind: 'forum', host: '张宇晶' });
    expect(forum.ours).toHaveLength(8);
    expect(forum.theirs).toContain('崔小刚');
    const site = attendees(detail, demoDay('2026-10-23'), '14:30');
    expect(site.item?.place).toBe('清水县工业园区');
    expect(site.ours).toEqual(['张伟', '牛建军', '王磊', '路燕']);
  });

  it('the mayor’s Xiamen trip holds the meeting, the signing and the return flight', async () => {
    const t = await openTestCore();
    await t.call('workspace.loadDemo', {});
    const detail = await demoTrip(t, XIAMEN_TRIP);
    const kinds = detail.trip.days.map((d) => d.items.map((i) => i.kind));
    expect(kinds[1]).toEqual(['forum', 'signing', 'meal', 'site', 'transfer']);
    const meeting = attendees(detail, demoDay('2026-12-03'), '16:15');
    expect(meeting.ours?.[0]).toBe('王国先');
    expect(meeting.theirs).toEqual(['陈志宏', '林晓峰', '吴建国']);
    expect(meeting.item?.materials).toContain('政策包');
    expect(detail.enterprises.map((e) => e.name)).toContain('厦门弘信电子科技集团股份有限公司');
  });

  it('removing the demo removes its trips; a trip of the user’s own stays, editable, with the demo folio it links to', async () => {
    const t = await openTestCore();
    await t.call('workspace.loadDemo', {});
    const folio = (await t.call('folios.list', {})).find((f) => f.name === '清水县智慧工业园项目');
    const own = await t.call('trips.create', {
      kind: 'outbound',
      title: '赴重庆回访商会',
      startDate: '2024-05-10',
      endDate: '2024-05-11',
      folioIds: [folio?.id ?? ''],
    });
    await t.call('workspace.removeDemo', {});
    expect((await t.call('trips.list', {})).map((s) => s.title)).toEqual(['赴重庆回访商会']);
    // The officer's trip still points at that demo folio: it is kept, the rest of the demo goes.
    const linked = (await t.call('trips.get', { id: own.id })).folios.map((f) => f.name);
    expect(linked).toEqual(['清水县智慧工业园项目']);
    expect((await t.call('folios.list', {})).map((f) => f.name)).toEqual(linked);
    const edited = await t.call('trips.update', { id: own.id, rev: own.rev, lodging: '宿渝中区' });
    expect(edited.lodging).toBe('宿渝中区');
  });
});

describe('a workspace written before trips existed', () => {
  it('opens with no trips, and takes a new one', async () => {
    const dir = await makeTempDir();
    const first = await openTestCore(dir);
    const group = await first.call('groups.create', { name: '清水县招商工作专班', kind: 'county' });
    await first.call('folios.create', {
      groupId: group.id,
      name: '清水县温泉旅游度假区提质扩容项目',
    });
    await first.core.close();
    // What an older build leaves: no trips shard, and digests made under other record schemas.
    const manifestPath = join(dir, 'dossier.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
      pages: Record<string, string>;
      digests: { schema: string };
    };
    expect(Object.keys(manifest.pages).some((k) => k.startsWith('trips/'))).toBe(false);
    manifest.digests.schema = '0'.repeat(64);
    await writeFile(manifestPath, JSON.stringify(manifest));

    const t = await openTestCore(dir);
    expect((await t.call('workspace.status', {})).state).toBe('ready');
    expect(await t.call('trips.list', {})).toEqual([]);
    expect(await t.call('folios.list', {})).toHaveLength(1);
    const trip = await t.call('trips.create', {
      kind: 'inbound',
      title: '江西省甘肃商会来天水考察',
      startDate: '2024-02-28',
      endDate: '2024-02-28',
    });
    await t.core.close();
    const again = await openTestCore(dir);
    expect((await again.call('trips.get', { id: trip.id })).trip.title).toBe(
      '江西省甘肃商会来天水考察',
    );
  });
});

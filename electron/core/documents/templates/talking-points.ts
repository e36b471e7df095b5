// 谈话要点 template: one meeting's page: when, where, who, what to say and bring, which projects.
import type { Folio } from '../../model/records';
import type { Trip } from '../../model/trip';
import { TRIP_ITEM_KIND_LABELS, type TripDay, type TripItem } from '../../model/trip-parts';
import { STAGE_LABELS } from '../../model/display-text';
import type { Block, Briefing } from '../model';
import { type DocHead, briefing, filledItems, heading, paragraph, wanAndYi } from './common';
import { dayTitle } from './trip-agenda';

export interface TalkingPointsData {
  head: DocHead;
  trip: Trip;
  day: TripDay;
  item: TripItem;
  /** The folios the item names, in its order. */
  folios: readonly Folio[];
  /** Those whose materials are already in the pack under an earlier meeting. */
  repeated: readonly Folio[];
}

function names(
  ids: readonly string[],
  members: readonly { id: string; name: string; title: string }[],
) {
  const list = members.filter((m) => ids.includes(m.id));
  return list.map((m) => `${m.name}（${m.title}）`).join('、');
}

/** One meeting's page: when, where, who, what to say, what to bring, which projects. */
export function talkingPoints(d: TalkingPointsData): Briefing {
  const { item, trip } = d;
  const blocks: Block[] = [
    {
      kind: 'keyValue',
      // Empty fields are left out: a leader's page does not print 未填写 or —.
      items: filledItems([
        { key: '时间', value: `${dayTitle(d.day.date)} ${item.start}—${item.end}` },
        { key: '活动', value: TRIP_ITEM_KIND_LABELS[item.kind] },
        { key: '地点', value: item.place },
        { key: '主持/接待', value: item.host },
        { key: '我方参加', value: names(item.ourAttendees, trip.ourDelegation) },
        { key: '对方参加', value: names(item.theirAttendees, trip.theirDelegation) },
        { key: '现场联系人', value: item.contact },
      ]),
    },
  ];
  if (item.talkingPoints.trim()) blocks.push(heading(1, '谈话要点'), paragraph(item.talkingPoints));
  if (item.materials) blocks.push(heading(1, '所需材料'), paragraph(item.materials));
  if (d.folios.length > 0) {
    blocks.push(heading(1, '涉及项目'), {
      kind: 'list',
      ordered: true,
      items: d.folios.map((f) => {
        const seen = d.repeated.includes(f) ? '（材料见前）' : '';
        return `${f.name}：${STAGE_LABELS[f.stage]}，总投资${wanAndYi(f.totalInvestment)}${seen}`;
      }),
    });
  }
  return briefing(d.head, item.title || TRIP_ITEM_KIND_LABELS[item.kind], blocks, '谈话要点');
}

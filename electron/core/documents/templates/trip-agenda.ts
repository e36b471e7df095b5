// 考察行程 template: the trip's schedule day by day, both delegations, contacts and arrangements.
import {
  TRIP_ITEM_KIND_LABELS,
  TRIP_KIND_LABELS,
  type TripDay,
  type TripItem,
} from '../../model/trip-parts';
import type { Trip } from '../../model/trip';
import type { Block, Briefing } from '../model';
import {
  type DocHead,
  briefing,
  chineseDate,
  chinesePeriod,
  col,
  numberedTable,
  heading,
  paragraph,
} from './common';

export interface TripAgendaData {
  head: DocHead;
  trip: Trip;
  /** Names of the enterprises the other side's members come from, by id. */
  enterpriseNames: ReadonlyMap<string, string>;
}

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** `2024-03-29` → `3月29日（星期五）`. */
export function dayTitle(date: string): string {
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? '';
  return `${chineseDate(date).replace(/^\d{4}年/, '')}（${weekday}）`;
}

/** `我方全体` when everyone goes, else the names in order of precedence. */
function attendees(
  ids: readonly string[],
  members: readonly { id: string; name: string }[],
  everyone: string,
): string {
  if (ids.length === 0) return '';
  if (members.length > 1 && members.every((m) => ids.includes(m.id))) return everyone;
  return members
    .filter((m) => ids.includes(m.id))
    .map((m) => m.name)
    .join('、');
}

function activity(item: TripItem): string {
  const kind = TRIP_ITEM_KIND_LABELS[item.kind];
  return item.title && item.title !== kind ? `${item.title}` : kind;
}

function dayTable(trip: Trip, day: TripDay): Block {
  const their = trip.kind === 'inbound' ? '考察团全体' : '对方全体';
  return {
    kind: 'table',
    columns: [
      // 0.19: a time range (08:30—09:45, 6.1 ems) on one line, as on every day's table.
      col('时间', 0.19, 'center'),
      col('活动内容', 0.26),
      col('地点', 0.17),
      col('参加人员', 0.19),
      col('联系人', 0.19),
    ],
    rows: day.items.map((item) => {
      const ours = attendees(item.ourAttendees, trip.ourDelegation, '我方全体');
      const theirs = attendees(item.theirAttendees, trip.theirDelegation, their);
      return [
        `${item.start}—${item.end}`,
        activity(item),
        item.place,
        [ours, theirs].filter(Boolean).join('；'),
        // The phone number on its own line: it never splits.
        (item.contact || item.host).replace(/\s+(?=[+\d])/, '\n'),
      ];
    }),
  };
}

/** One side of the trip: a numbered table of names and titles, or a line saying it is not yet known. */
function sideBlock<M extends { name: string }>(
  members: readonly M[],
  side: { unknown: string; caption: string; titleHeader: string },
  titleOf: (member: M) => string,
): Block {
  if (members.length === 0) return paragraph(side.unknown);
  return numberedTable(
    {
      caption: side.caption,
      numberWidth: 0.1,
      columns: [col('姓名', 0.2), col(side.titleHeader, 0.7)],
    },
    members,
    (m) => [m.name, titleOf(m)],
  );
}

function delegationBlocks(d: TripAgendaData): Block[] {
  const { trip } = d;
  const inbound = trip.kind === 'inbound';
  const ours = sideBlock(
    trip.ourDelegation,
    {
      unknown: '我方人员待定。',
      caption: inbound ? '我方陪同人员' : '我方考察人员',
      titleHeader: '职务',
    },
    (m) => m.title,
  );
  const theirs = sideBlock(
    trip.theirDelegation,
    {
      unknown: '对方人员待定。',
      caption: inbound ? '考察团成员' : '对方会见人员',
      titleHeader: '单位及职务',
    },
    (m) => {
      const unit = m.enterpriseId ? (d.enterpriseNames.get(m.enterpriseId) ?? '') : '';
      return unit && !m.title.includes(unit) ? `${unit}${m.title}` : m.title;
    },
  );
  return [ours, theirs];
}

function contactBlocks(trip: Trip): Block[] {
  if (trip.hosts.length === 0) return [paragraph('联系人待定。')];
  return [
    {
      kind: 'table',
      columns: [
        col('姓名', 0.16),
        col('单位及职务', 0.38),
        col('联系电话', 0.24),
        col('负责事项', 0.22),
      ],
      rows: trip.hosts.map((h) => [
        h.name,
        [h.unit, h.title].filter(Boolean).join(''),
        h.phone,
        h.role,
      ]),
    },
  ];
}

/** 考察行程: the schedule day by day, both delegations, contacts and arrangements. */
export function tripAgenda(d: TripAgendaData): Briefing {
  const { trip } = d;
  const blocks: Block[] = [
    paragraph(
      `${TRIP_KIND_LABELS[trip.kind]}，${chinesePeriod(trip.startDate, trip.endDate)}。` +
        (trip.purpose ? trip.purpose : ''),
    ),
    heading(1, '日程安排'),
  ];
  if (trip.days.every((day) => day.items.length === 0)) blocks.push(paragraph('日程待定。'));
  for (const day of trip.days) {
    if (day.items.length === 0) continue;
    blocks.push(heading(2, dayTitle(day.date)), dayTable(trip, day));
  }
  blocks.push(heading(1, '考察人员'), ...delegationBlocks(d));
  blocks.push(heading(1, '联系人'), ...contactBlocks(trip));
  const notes = [
    trip.transport ? `交通：${trip.transport}` : '',
    trip.lodging ? `住宿：${trip.lodging}` : '',
  ].filter(Boolean);
  if (notes.length > 0) blocks.push(heading(1, '有关事项'), ...notes.map(paragraph));
  return briefing(d.head, `${trip.title}行程安排`, blocks);
}

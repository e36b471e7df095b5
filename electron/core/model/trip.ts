// The trip (考察) record: its fields, defaults and the checks that tie its schedule to its people.
import { z } from 'zod';
import { freeText, idSchema, isoDate, nameText, recordBase } from './common';
import {
  copyEntrySchema,
  ourMemberSchema,
  packVersionSchema,
  theirMemberSchema,
  tripDaySchema,
  tripHostSchema,
  tripKindSchema,
} from './trip-parts';

/** 考察: a visiting delegation's tour or our leaders' trip, with its day-by-day schedule. */
export const tripFields = z.object({
  kind: tripKindSchema,
  title: nameText('考察名称', 120),
  startDate: isoDate,
  endDate: isoDate,
  purpose: freeText('考察目的'),
  /** In order of precedence: the first is the most senior. */
  ourDelegation: z.array(ourMemberSchema).max(200, '我方人员不能超过 200 人'),
  theirDelegation: z.array(theirMemberSchema).max(500, '对方人员不能超过 500 人'),
  hosts: z.array(tripHostSchema).max(100, '联系人不能超过 100 人'),
  transport: freeText('交通安排', 2000),
  lodging: freeText('住宿安排', 2000),
  folioIds: z.array(idSchema).max(500, '关联项目不能超过 500 个'),
  enterpriseIds: z.array(idSchema).max(200, '关联客商不能超过 200 个'),
  /** Sorted by date, one entry per date at most. */
  days: z.array(tripDaySchema).max(60, '日程不能超过 60 天'),
  /** Written by the pack engine only. */
  packVersions: z.array(packVersionSchema).max(500),
  copyRegister: z.array(copyEntrySchema).max(999),
});
export const tripDefaults = {
  purpose: '',
  ourDelegation: [],
  theirDelegation: [],
  hosts: [],
  transport: '',
  lodging: '',
  folioIds: [],
  enterpriseIds: [],
  days: [],
  packVersions: [],
  copyRegister: [],
};

type TripShape = z.infer<typeof tripFields>;
type Issue = { path: (string | number)[]; message: string };

function duplicates<T>(values: readonly T[]): Set<number> {
  const seen = new Set<T>();
  const repeated = new Set<number>();
  values.forEach((v, i) => {
    if (seen.has(v)) repeated.add(i);
    seen.add(v);
  });
  return repeated;
}

function dayIssues(trip: TripShape): Issue[] {
  const issues: Issue[] = [];
  const ours = new Set(trip.ourDelegation.map((m) => m.id));
  const theirs = new Set(trip.theirDelegation.map((m) => m.id));
  const range = `${trip.startDate} 至 ${trip.endDate}`;
  trip.days.forEach((day, d) => {
    const at = (...rest: (string | number)[]) => ['days', d, ...rest];
    const previous = trip.days[d - 1];
    if (day.date < trip.startDate || day.date > trip.endDate) {
      issues.push({
        path: at('date'),
        message: `日程日期 ${day.date} 不在考察日期（${range}）之内`,
      });
    }
    if (previous && previous.date === day.date) {
      issues.push({ path: at('date'), message: `日程日期 ${day.date} 重复` });
    } else if (previous && previous.date > day.date) {
      issues.push({
        path: at('date'),
        message: `日程日期应按先后排列（${day.date} 排在了 ${previous.date} 之后）`,
      });
    }
    day.items.forEach((item, i) => {
      if (item.end < item.start) {
        issues.push({
          path: at('items', i, 'end'),
          message: `${day.date} ${item.start} 的活动结束时间不能早于开始时间`,
        });
      }
      item.ourAttendees.forEach((id, k) => {
        if (!ours.has(id)) {
          issues.push({
            path: at('items', i, 'ourAttendees', k),
            message: '我方参加人员不在我方人员名单中',
          });
        }
      });
      item.theirAttendees.forEach((id, k) => {
        if (!theirs.has(id)) {
          issues.push({
            path: at('items', i, 'theirAttendees', k),
            message: '对方参加人员不在对方人员名单中',
          });
        }
      });
    });
  });
  return issues;
}

function uniquenessIssues(trip: TripShape): Issue[] {
  const issues: Issue[] = [];
  const items = trip.days.flatMap((day, d) => day.items.map((item, i) => ({ item, d, i })));
  for (const k of duplicates(items.map((x) => x.item.id))) {
    const x = items[k];
    if (x) issues.push({ path: ['days', x.d, 'items', x.i, 'id'], message: '日程事项编号重复' });
  }
  const members = [...trip.ourDelegation, ...trip.theirDelegation].map((m) => m.id);
  for (const k of duplicates(members)) {
    const ours = k < trip.ourDelegation.length;
    const path = ours
      ? ['ourDelegation', k, 'id']
      : ['theirDelegation', k - trip.ourDelegation.length, 'id'];
    issues.push({ path, message: '人员编号重复' });
  }
  const people = trip.ourDelegation.map((m) => m.personId ?? `none:${m.id}`);
  for (const k of duplicates(people)) {
    issues.push({
      path: ['ourDelegation', k, 'personId'],
      message: `${trip.ourDelegation[k]?.name ?? ''}在我方人员名单中重复`,
    });
  }
  for (const k of duplicates(trip.copyRegister.map((c) => c.copyNumber))) {
    issues.push({
      path: ['copyRegister', k, 'copyNumber'],
      message: `份号 ${trip.copyRegister[k]?.copyNumber ?? ''} 重复`,
    });
  }
  return issues;
}

/** Rules across fields of a trip, shared by stored records and by the services. */
export function checkTrip(trip: TripShape, ctx: z.RefinementCtx): void {
  const issues: Issue[] = [];
  if (trip.endDate < trip.startDate) {
    issues.push({ path: ['endDate'], message: '结束日期不能早于开始日期' });
  }
  issues.push(...dayIssues(trip), ...uniquenessIssues(trip));
  for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
}

export const tripSchema = recordBase.extend(tripFields.shape).superRefine(checkTrip);
export type Trip = z.infer<typeof tripSchema>;

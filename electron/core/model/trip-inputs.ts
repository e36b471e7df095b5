// A trip (考察) as the renderer sends it to create, update or move a schedule item; ids may be left out.
import { z } from 'zod';
import { idSchema, isoDate } from './common';
import { tripFields } from './trip';
import { ourMemberSchema, theirMemberSchema, tripHostSchema, tripItemSchema } from './trip-parts';

/*
 * A trip as the renderer sends it. New members, hosts and items may come without ids (the
 * service gives them one); a client that wants an item to name a new member in the same call
 * gives that member an id of its own (8–64 characters, e.g. a UUID).
 */

const optionalId = { id: idSchema.optional() };
/** An item may leave out its id and every field that has a default. */
const itemInput = tripItemSchema.partial({
  id: true,
  title: true,
  place: true,
  ourAttendees: true,
  theirAttendees: true,
  host: true,
  contact: true,
  folioIds: true,
  talkingPoints: true,
  materials: true,
});

const tripEditable = tripFields.omit({ packVersions: true }).extend({
  ourDelegation: z.array(ourMemberSchema.extend(optionalId)).max(200, '我方人员不能超过 200 人'),
  theirDelegation: z
    .array(theirMemberSchema.extend(optionalId))
    .max(500, '对方人员不能超过 500 人'),
  hosts: z.array(tripHostSchema.extend(optionalId)).max(100, '联系人不能超过 100 人'),
  days: z
    .array(
      z.object({ date: isoDate, items: z.array(itemInput).max(100, '一天的日程不能超过 100 项') }),
    )
    .max(60, '日程不能超过 60 天'),
});
const te = tripEditable.shape;

export const tripCreateInput = z.strictObject({
  ...tripEditable.partial().shape,
  kind: te.kind,
  title: te.title,
  startDate: te.startDate,
  endDate: te.endDate,
});

export const tripUpdateInput = z.strictObject({
  id: idSchema,
  rev: z.number().int().min(1),
  ...tripEditable.partial().shape,
});

export const tripMoveItemInput = z.strictObject({
  id: idSchema,
  rev: z.number().int().min(1),
  itemId: idSchema,
  toDate: isoDate,
  toIndex: z.number({ message: '位置应为数字' }).int('位置应为整数').min(0, '位置不能为负数'),
});

export type TripInput = Omit<
  z.output<typeof tripCreateInput>,
  'kind' | 'title' | 'startDate' | 'endDate'
>;

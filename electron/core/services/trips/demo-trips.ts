// The demo file's trips turned into trip records, their keys resolved to the demo records' ids.
import { z } from 'zod';
import type { Trip } from '../../model/trip';
import { tripItemKindSchema, tripKindSchema } from '../../model/trip-parts';

const key = z.string().min(1);
const keys = z.array(key).default([]);
const text = z.string().default('');

/** A trip in the shipped demo file: records are named by their keys, attendees by theirs. */
export const demoTripSchema = z.object({
  key,
  kind: tripKindSchema,
  title: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  purpose: text,
  ourDelegation: z.array(z.object({ personKey: key, title: z.string() })),
  theirDelegation: z.array(
    z.object({ key, name: z.string(), title: z.string(), enterpriseKey: key.nullable() }),
  ),
  hosts: z.array(z.record(z.string(), z.unknown())).default([]),
  transport: text,
  lodging: text,
  folioKeys: keys,
  enterpriseKeys: keys,
  days: z.array(
    z.object({
      date: z.string(),
      items: z.array(
        z
          .object({
            start: z.string(),
            end: z.string(),
            kind: tripItemKindSchema,
            ourAttendees: keys,
            theirAttendees: keys,
            folioKeys: keys,
          })
          .catchall(z.string()),
      ),
    }),
  ),
});
export type DemoTrip = z.infer<typeof demoTripSchema>;

export interface DemoRefs {
  /** The id of the record a demo key names (fails on an unknown key). */
  ref(key: string): string;
  /** A person's name, for our delegation. */
  personName(id: string): string;
  /** A fresh id for a part of a record. */
  partId(): string;
  /** A whole record made from `fields` (defaults filled in), stamped with a demo id. */
  make(key: string, fields: object): Trip;
}

/** Turns the demo's trips into records; keys become the ids of this workspace's records. */
export function buildDemoTrips(trips: DemoTrip[], refs: DemoRefs): Trip[] {
  return trips.map((trip) => {
    const { key: k, ourDelegation, theirDelegation, days, folioKeys, enterpriseKeys, ...t } = trip;
    const ours = new Map(ourDelegation.map((m) => [m.personKey, refs.partId()]));
    const theirs = new Map(theirDelegation.map((m) => [m.key, refs.partId()]));
    const member = (map: Map<string, string>) => (mk: string) => {
      const id = map.get(mk);
      if (!id) throw new Error(`demo: ${k} names unknown attendee ${mk}`);
      return id;
    };
    return refs.make(k, {
      ...t,
      folioIds: folioKeys.map(refs.ref),
      enterpriseIds: enterpriseKeys.map(refs.ref),
      hosts: t.hosts.map((h) => ({ ...h, id: refs.partId() })),
      ourDelegation: ourDelegation.map((m) => {
        const personId = refs.ref(m.personKey);
        const id = member(ours)(m.personKey);
        return { id, personId, name: refs.personName(personId), title: m.title };
      }),
      theirDelegation: theirDelegation.map(({ key: mk, enterpriseKey, ...m }) => ({
        ...m,
        id: member(theirs)(mk),
        enterpriseId: enterpriseKey === null ? null : refs.ref(enterpriseKey),
      })),
      days: days.map((day) => ({
        date: day.date,
        items: day.items.map(({ folioKeys, ourAttendees, theirAttendees, ...item }) => ({
          ...item,
          id: refs.partId(),
          folioIds: folioKeys.map(refs.ref),
          ourAttendees: ourAttendees.map(member(ours)),
          theirAttendees: theirAttendees.map(member(theirs)),
        })),
      })),
    });
  });
}

// Builds the demo workspace's records from the shipped demo file, with fresh ids under a demo prefix.
import { z } from 'zod';
import demoFile from '../../../../resources/demo/demo-workspace.json';
import type { RecordBase } from '../../model/common';
import { enterpriseKindSchema, groupKindSchema, stageSchema } from '../../model/enums';
import {
  type Enterprise,
  type Folio,
  type Group,
  type Person,
  enterpriseDefaults,
  enterpriseSchema,
  folioDefaults,
  folioSchema,
  groupDefaults,
  groupSchema,
  personDefaults,
  personSchema,
  stageDatesSchema,
} from '../../model/records';
import { tripDefaults, tripSchema } from '../../model/trip';
import type { ChangeSet } from '../../store/types';
import { shiftDemoDates } from './demo-dates';
import { buildDemoTrips, demoTripSchema } from '../trips/demo-trips';

/** Demo records carry ids with this prefix, so the demo can be told apart and removed. */
export const DEMO_ID_PREFIX = 'demo-';

const key = z.string().min(1);
/** Sub-items (checklists, blockers …) come without ids; the loader gives each one. */
const items = z.array(z.record(z.string(), z.unknown())).default([]);
const demoSchema = z.object({
  format: z.literal('dossier-demo'),
  version: z.literal(1),
  workspace: z.object({
    name: z.string(),
    /** The day the demo's dates are written for; loading on another day moves them all. */
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    chains: z.array(z.string()),
  }),
  people: z.array(
    z.object({ key, name: z.string(), title: z.string(), unit: z.string(), phone: z.string() }),
  ),
  enterprises: z.array(
    z.object({
      key,
      name: z.string(),
      kind: enterpriseKindSchema,
      headquarters: z.string(),
      profile: z.string(),
      keyPeople: items,
    }),
  ),
  groups: z.array(
    z.object({
      key,
      kind: groupKindSchema,
      name: z.string(),
      chain: z.string(),
      headKey: key.nullable(),
      memberKeys: z.array(key),
      description: z.string(),
    }),
  ),
  folios: z.array(
    z.object({
      key,
      groupKey: key,
      name: z.string(),
      enterpriseKey: key.nullable(),
      chain: z.string(),
      location: z.string(),
      stage: stageSchema,
      stageDates: stageDatesSchema,
      totalInvestment: z.number(),
      fundsInPlace: z.number(),
      leaderKey: key.nullable(),
      stewardKey: key.nullable(),
      notes: z.string(),
      responsibleUnit: z.string().default(''),
      expectedOutput: z.number().default(0),
      tags: z.array(z.string()).default([]),
      stageReason: z.string().default(''),
      demandItems: items,
      supplyItems: items,
      blockers: items,
      progress: items,
      policies: items,
      contacts: items,
    }),
  ),
  trips: z.array(demoTripSchema).default([]),
});

export interface DemoData {
  name: string;
  chains: string[];
  change: ChangeSet;
}

/**
 * Turns the shipped demo file into records of this workspace. Keys become fresh ids, so two
 * colleagues' demo copies never collide; every record is validated like any other input. Its dates
 * are moved to `today` (YYYY-MM-DD), so the demo always shows work on time, due soon and overdue.
 */
export function buildDemo(stamp: () => RecordBase, today: string): DemoData {
  const parsed = demoSchema.parse(demoFile);
  const demo = shiftDemoDates(parsed, parsed.workspace.asOf, today);
  const ids = new Map<string, string>();
  const make = <T>(k: string, schema: z.ZodType<T>, defaults: object, fields: object): T => {
    const base = stamp();
    const id = `${DEMO_ID_PREFIX}${base.id}`;
    ids.set(k, id);
    return schema.parse({ ...defaults, ...fields, ...base, id });
  };
  const withIds = (list: Record<string, unknown>[]) =>
    list.map((item) => ({ ...item, id: stamp().id }));
  const refKey = (k: string): string => {
    const id = ids.get(k);
    if (!id) throw new Error(`demo: unknown key ${k}`);
    return id;
  };
  const ref = (k: string | null): string | null => (k === null ? null : refKey(k));
  const people: Person[] = demo.people.map(({ key: k, ...f }) =>
    make(k, personSchema, personDefaults, f),
  );
  const enterprises: Enterprise[] = demo.enterprises.map(({ key: k, keyPeople, ...f }) =>
    make(k, enterpriseSchema, enterpriseDefaults, { ...f, keyPeople: withIds(keyPeople) }),
  );
  const groups: Group[] = demo.groups.map(({ key: k, headKey, memberKeys, ...f }) =>
    make(k, groupSchema, groupDefaults, {
      ...f,
      headId: ref(headKey),
      memberIds: memberKeys.map(ref),
    }),
  );
  const folios: Folio[] = demo.folios.map(
    ({ key: k, groupKey, enterpriseKey, leaderKey, stewardKey, ...f }) =>
      make(k, folioSchema, folioDefaults, {
        ...f,
        demandItems: withIds(f.demandItems),
        supplyItems: withIds(f.supplyItems),
        blockers: withIds(f.blockers),
        progress: withIds(f.progress),
        policies: withIds(f.policies),
        contacts: withIds(f.contacts),
        groupId: ref(groupKey),
        enterpriseId: ref(enterpriseKey),
        leaderId: ref(leaderKey),
        stewardId: ref(stewardKey),
      }),
  );
  const trips = buildDemoTrips(demo.trips, {
    ref: refKey,
    personName: (id) => people.find((p) => p.id === id)?.name ?? '',
    partId: () => stamp().id,
    make: (k, fields) => make(k, tripSchema, tripDefaults, fields),
  });
  return {
    name: demo.workspace.name,
    chains: demo.workspace.chains,
    change: { put: { people, enterprises, groups, folios, trips } },
  };
}

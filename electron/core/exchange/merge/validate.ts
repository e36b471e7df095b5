// Checks a received payload against the record schemas: envelope, every record, no id twice.
import { z } from 'zod';
import { DossierError } from '../../api/errors';
import { COLLECTION_SCHEMAS, SCHEMA_VERSION, type RecordOf } from '../../model/collections';
import { idSchema, isoTimestamp, versionStamp } from '../../model/common';
import { TRASHABLE } from '../../model/trash';
import type { ExchangeCollection, Tombstone } from '../types';

/** A payload whose every record passed its schema. */
export interface CheckedPayload {
  workspaceId: string;
  records: { [C in ExchangeCollection]: RecordOf<C>[] };
  tombstones: Tombstone[];
}

export const KIND_NAMES: Readonly<Record<ExchangeCollection, string>> = {
  folios: '项目',
  groups: '专班',
  enterprises: '客商',
  people: '人员',
  trips: '考察',
};

const MAX_RECORDS = 200_000;
const tombstoneSchema = z.object({
  collection: z.enum(TRASHABLE),
  id: idSchema,
  label: z.string().max(200),
  deletedAt: isoTimestamp,
  deletedBy: z.string().max(40),
  stamp: versionStamp,
  seen: z.record(z.string().regex(/^[0-9a-f]{10}$/), versionStamp).optional(),
});
const envelope = z.object({
  schemaVersion: z.number().int().min(1),
  workspaceId: idSchema,
  records: z.object(
    Object.fromEntries(
      TRASHABLE.map((c) => [c, z.array(z.unknown()).max(MAX_RECORDS).default([])]),
    ) as {
      [C in ExchangeCollection]: z.ZodDefault<z.ZodArray<z.ZodUnknown>>;
    },
  ),
  tombstones: z.array(tombstoneSchema).max(MAX_RECORDS).default([]),
});

function nameOf(record: unknown): string {
  if (typeof record !== 'object' || record === null) return '';
  const r = record as Record<string, unknown>;
  const name = r.name ?? r.title;
  return typeof name === 'string' ? name.slice(0, 40) : '';
}

function idOf(record: unknown): string {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : null;
  return typeof id === 'string' ? id.slice(0, 64) : '（无编号）';
}

/**
 * Checks a received payload against the record schemas: the envelope, every record, no id
 * twice. Fails naming what failed (the first few records, with their field and reason).
 */
export function checkPayload(
  payload: unknown,
  /** A record to take as it is without checking: ours, the very same version (never written). */
  known?: (collection: ExchangeCollection, raw: unknown) => RecordOf<ExchangeCollection> | null,
): CheckedPayload {
  const outer = envelope.safeParse(payload);
  if (!outer.success) {
    const issue = outer.error.issues[0];
    throw new DossierError(
      'validation',
      `卷宗内容无效：${issue?.path.join('.') || '记录'}：${issue?.message ?? '格式不符'}。`,
    );
  }
  const data = outer.data;
  if (data.schemaVersion > SCHEMA_VERSION) {
    throw new DossierError(
      'validation',
      `该卷宗来自较新版本的程序（数据版本 ${data.schemaVersion}），请先升级本程序再导入。`,
    );
  }
  const failures: string[] = [];
  const records = {} as CheckedPayload['records'];
  for (const collection of TRASHABLE) {
    const schema = COLLECTION_SCHEMAS[collection];
    const seen = new Set<string>();
    const out: unknown[] = [];
    for (const raw of data.records[collection]) {
      const same = known?.(collection, raw);
      if (same) {
        if (seen.has(same.id)) failures.push(`${KIND_NAMES[collection]}“${same.id}”出现了两次`);
        seen.add(same.id);
        out.push(same);
        continue;
      }
      const parsed = schema.safeParse(raw);
      const label = `${KIND_NAMES[collection]}“${nameOf(raw) || idOf(raw)}”`;
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        failures.push(
          `${label}的字段 ${issue?.path.join('.') || '（整条）'}：${issue?.message ?? '无效'}`,
        );
        continue;
      }
      if (seen.has(parsed.data.id)) failures.push(`${label}出现了两次`);
      seen.add(parsed.data.id);
      out.push(parsed.data);
    }
    (records as Record<string, unknown[]>)[collection] = out;
  }
  if (failures.length > 0) {
    const more = failures.length > 5 ? `等 ${failures.length} 处` : '';
    throw new DossierError(
      'validation',
      `卷宗中的记录不符合数据要求，未导入任何内容：${failures.slice(0, 5).join('；')}${more}。`,
    );
  }
  return { workspaceId: data.workspaceId, records, tombstones: data.tombstones };
}

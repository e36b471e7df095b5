// The schema migration steps, applied in memory from an older version to the current one.
import { SCHEMA_VERSION } from './collections';

/** A whole workspace as plain JSON, before its records are checked against the current schemas. */
export interface RawDataset {
  schemaVersion: number;
  meta: unknown;
  collections: Record<string, unknown[]>;
}

export interface Migration {
  from: number;
  to: number;
  /** One line for the log and the backup list: what this step changes. */
  describe: string;
  /** Pure: returns a new dataset and leaves its input as it was. */
  up(data: RawDataset): RawDataset;
}

/** Every step from an older schema version to the next. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    describe: '增加考察、生成记录和字体设置',
    // The new collections start empty (a collection with no shards is empty); the new meta
    // field gets its default. Version 2 exists so a version-1 build refuses version-2 data
    // as newer instead of misreading it.
    up: (data) => ({
      ...data,
      schemaVersion: 2,
      meta: { fontFiles: {}, ...(data.meta as object) },
    }),
  },
];

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/**
 * Brings `raw` up to `target` one step at a time. Throws a MigrationError when a step is
 * missing, when a step does not lead where it says, or when the data is newer than `target`.
 */
export function migrateDataset(
  raw: RawDataset,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): RawDataset {
  if (raw.schemaVersion > target) {
    throw new MigrationError(
      `数据版本 ${raw.schemaVersion} 比本程序支持的版本 ${target} 更新，无法降级。`,
    );
  }
  let data = raw;
  while (data.schemaVersion < target) {
    const from = data.schemaVersion;
    const step = migrations.find((m) => m.from === from);
    if (!step) {
      throw new MigrationError(`缺少从数据版本 ${from} 升级的步骤，无法升级到版本 ${target}。`);
    }
    if (step.to <= from || step.to > target) {
      throw new MigrationError(`升级步骤“${step.describe}”的目标版本 ${step.to} 无效。`);
    }
    let next: RawDataset;
    try {
      next = step.up(data);
    } catch (e) {
      throw new MigrationError(
        `升级步骤“${step.describe}”失败：${e instanceof Error ? e.message : String(e)}`,
        {
          cause: e,
        },
      );
    }
    data = { ...next, schemaVersion: step.to };
  }
  return data;
}

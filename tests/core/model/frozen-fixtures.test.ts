/** Frozen workspaces, one per schema version (tests/fixtures/schema-vN), migrated one step at a time. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_SCHEMAS, SCHEMA_VERSION } from '../../../electron/core/model/collections';
import {
  MIGRATIONS,
  migrateDataset,
  type RawDataset,
} from '../../../electron/core/model/migrations';
import { workspaceMetaSchema } from '../../../electron/core/model/workspace';
import { isCollectionName } from '../../../electron/core/store/layout';

const fixtures = resolve(import.meta.dirname, '../../fixtures');

/** The workspace as a build of schema `version` wrote it; never regenerated once committed. */
function frozen(version: number): RawDataset {
  const file = resolve(fixtures, `schema-v${version}`, 'workspace.json');
  return JSON.parse(readFileSync(file, 'utf8')) as RawDataset;
}

describe('frozen workspaces per schema version', () => {
  it('has a frozen fixture for every version from 1 to the current one', () => {
    for (let v = 1; v <= SCHEMA_VERSION; v++) expect(frozen(v).schemaVersion).toBe(v);
  });

  for (const step of MIGRATIONS) {
    it(`v${step.from} → v${step.to} (${step.describe}) turns the frozen v${step.from} into the frozen v${step.to}`, () => {
      const before = frozen(step.from);
      const untouched = JSON.stringify(before);
      expect(migrateDataset(before, [step], step.to)).toEqual(frozen(step.to));
      expect(JSON.stringify(before)).toBe(untouched);
    });
  }

  it('migrates v1 step by step to a workspace the current schemas accept as it is', () => {
    const current = migrateDataset(frozen(1));
    expect(current).toEqual(frozen(SCHEMA_VERSION));
    expect(workspaceMetaSchema.safeParse(current.meta).success).toBe(true);
    for (const [collection, records] of Object.entries(current.collections)) {
      expect(isCollectionName(collection), collection).toBe(true);
      if (!isCollectionName(collection)) continue;
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        const parsed = COLLECTION_SCHEMAS[collection].safeParse(record);
        expect(parsed.error?.issues ?? [], `${collection}`).toEqual([]);
      }
    }
  });
});

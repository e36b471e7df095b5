// Test helper: what a preview's conflict from desk 甲 (theirs) arriving at desk 乙 (ours) must look like.
import { expect } from 'vitest';

/** A conflict on `where` (its id and path or label): 乙's value kept as ours, 甲's offered as theirs. */
export function conflictAt(where: Record<string, string>, ours: string, theirs: string): unknown {
  return expect.objectContaining({
    ...where,
    ours: expect.objectContaining({ value: ours, by: '乙' }),
    theirs: expect.objectContaining({ value: theirs, by: '甲' }),
  });
}

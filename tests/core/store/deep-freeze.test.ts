// deepFreeze: every object and array in a record, however deep, refuses edits; values pass through.
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../electron/core/store/change';

describe('deepFreeze', () => {
  it('freezes objects inside arrays inside objects, and returns the same value', () => {
    const record = {
      id: 'f1',
      progress: [{ on: '2026-01-02', text: '洽谈', tags: ['a'] }],
      contact: { name: '陈立新', phones: ['13800000000'] },
      empty: null,
    };
    expect(deepFreeze(record)).toBe(record);
    expect(Object.isFrozen(record.progress)).toBe(true);
    expect(Object.isFrozen(record.progress[0])).toBe(true);
    expect(Object.isFrozen(record.progress[0]?.tags)).toBe(true);
    expect(Object.isFrozen(record.contact.phones)).toBe(true);
    expect(() => record.progress[0]?.tags.push('b')).toThrow(TypeError);
    expect(() => {
      (record.contact as { name: string }).name = 'x';
    }).toThrow(TypeError);
  });

  it('passes primitives and null through unchanged', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze('天水')).toBe('天水');
    expect(deepFreeze(null)).toBeNull();
    expect(deepFreeze(undefined)).toBeUndefined();
  });
});

// Checks a typed mobile number must be 11 digits starting with 1, while an old stored one still loads and edits.
import { describe, expect, it } from 'vitest';
import { sequentialIds, steppingClock } from '../../../../electron/core/clock';
import { mobileProblem } from '../../../../electron/core/model/phone-text';
import { Session } from '../../../../electron/core/services/session';
import { openTestCore, TEST_START } from '../../../helpers/core';
import { makeTempDir } from '../../../helpers/temp-dir';

describe('mobile numbers typed into a person', () => {
  it('refuses a 10-digit mobile number on create, naming the field, and saves nothing', async () => {
    const t = await openTestCore();
    const error = await t.fail('people.create', { name: '何晓东', phone: '1381234567' });
    expect(error.kind).toBe('validation');
    expect(error.fields[0]?.path).toBe('phone');
    expect(error.message).toContain('手机号码应为 11 位数字（现在是 10 位）');
    expect(await t.call('people.list', {})).toEqual([]);
  });

  it('refuses a bad one on update and keeps the record; takes 11 digits and landlines', async () => {
    const t = await openTestCore();
    const person = await t.call('people.create', { name: '何晓东', phone: '139 1234 5678' });
    const error = await t.fail('people.update', {
      id: person.id,
      rev: person.rev,
      phone: '1391234567890',
    });
    expect(error.message).toContain('现在是 13 位');
    expect((await t.call('people.list', {}))[0]?.phone).toBe('139 1234 5678');
    const landline = await t.call('people.update', {
      id: person.id,
      rev: person.rev,
      phone: '0938-8211234',
    });
    expect(landline.phone).toBe('0938-8211234');
  });

  it('reads what offices write: spaces, hyphens, +86; a landline is not a mobile', () => {
    expect(mobileProblem('')).toBeNull();
    expect(mobileProblem('+86 139-1234-5678')).toBeNull();
    expect(mobileProblem('0938-8211234')).toBeNull();
    expect(mobileProblem('8211234')).toBeNull();
    expect(mobileProblem('12012345678')).toContain('第二位');
    expect(mobileProblem('１３９')).toBeNull();
  });

  it('a number stored before the rule still loads, shows, and the person can be edited', async () => {
    const dir = await makeTempDir();
    const session = await Session.open(dir, steppingClock(TEST_START), sequentialIds('m'));
    const store = session.store();
    const now = TEST_START.toISOString();
    const old = {
      ...{ rev: 1, createdAt: now, updatedAt: now, workspaceId: store.meta.id },
      ...{ id: 'person-0001', name: '陈立新', title: '', unit: '', phone: '1381234567' },
    };
    await session.exclusive(() => session.commit({ put: { people: [old] } }, null));
    await session.close();

    const t = await openTestCore(dir);
    const [stored] = await t.call('people.list', {});
    expect(stored?.phone).toBe('1381234567');
    const edited = await t.call('people.update', { id: 'person-0001', rev: 1, title: '副市长' });
    expect(edited).toMatchObject({ title: '副市长', phone: '1381234567' });
  });
});

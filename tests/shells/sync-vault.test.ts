// The desktop's password vault: sealed by the system's encryption, never in plain text on disk.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeStorageVault, type SafeStorageLike } from '../../electron/main/sync-vault';
import { makeTempDir } from '../helpers/temp-dir';

/** A stand-in for safeStorage: reversible, and visibly not the plain text. */
const fakeStorage = (available: boolean): SafeStorageLike => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
  decryptString: (sealed) => Buffer.from(sealed.map((b) => b ^ 0x5a)).toString('utf8'),
});

describe('sync credential vault (desktop)', () => {
  it('keeps the password sealed in its own file, and forgets it on request', async () => {
    const file = join(await makeTempDir(), 'sync-credentials.json');
    const vault = safeStorageVault(fakeStorage(true), file);
    await vault.write('https://couch\nalice', '专班密码-2024');
    expect(await readFile(file, 'utf8')).not.toContain('专班密码');
    expect(await safeStorageVault(fakeStorage(true), file).read('https://couch\nalice')).toBe(
      '专班密码-2024',
    );
    await vault.write('https://couch\nalice', null);
    expect(await vault.read('https://couch\nalice')).toBeNull();
  });

  it('without system encryption it writes nothing and keeps the password for this run only', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'sync-credentials.json');
    const vault = safeStorageVault(fakeStorage(false), file);
    await vault.write('k', 'secret');
    expect(await vault.read('k')).toBe('secret');
    await expect(readFile(file, 'utf8')).rejects.toThrow();
  });
});

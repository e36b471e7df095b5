// 专班协同's password vault for the desktop app: encrypted by Electron's safeStorage, outside the workspace.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CredentialVault } from '../core/sync/credentials';
import { writeDurable } from '../core/store/durable-file';

/** The part of Electron's safeStorage the vault uses (injected, so tests need no Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * Secrets encrypted by the operating system (DPAPI on Windows, the keychain on macOS, the
 * secret service on Linux) in one file under the user-data folder. Without system encryption
 * nothing is written: the password is kept for this run only.
 */
export function safeStorageVault(storage: SafeStorageLike, file: string): CredentialVault {
  const memory = new Map<string, string>();
  const load = async (): Promise<Record<string, string>> => {
    try {
      const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
      return typeof parsed === 'object' && parsed !== null
        ? (parsed as Record<string, string>)
        : {};
    } catch {
      return {};
    }
  };
  return {
    async read(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      if (!storage.isEncryptionAvailable()) return null;
      const sealed = (await load())[key];
      if (typeof sealed !== 'string') return null;
      try {
        return storage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return null;
      }
    },
    async write(key, secret) {
      if (!storage.isEncryptionAvailable()) {
        if (secret === null) memory.delete(key);
        else memory.set(key, secret);
        return;
      }
      const all = Object.fromEntries(Object.entries(await load()).filter(([k]) => k !== key));
      if (secret !== null) all[key] = storage.encryptString(secret).toString('base64');
      await mkdir(dirname(file), { recursive: true });
      await writeDurable(file, JSON.stringify(all));
    },
  };
}

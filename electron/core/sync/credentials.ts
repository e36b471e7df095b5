/** Where team sync's password is kept: behind this interface (Electron safeStorage in the desktop app). */

/**
 * A vault of secrets by key. The desktop app's is encrypted by the system (Electron's
 * safeStorage) in the user-data folder, never in the workspace; the web shell and tests keep
 * them in memory only.
 */
export interface CredentialVault {
  read(key: string): Promise<string | null>;
  /** `null` forgets the secret. */
  write(key: string, secret: string | null): Promise<void>;
}

/** The key a server and user's password is kept under. */
export const credentialKey = (url: string, username: string): string => `${url}\n${username}`;

export function memoryVault(): CredentialVault {
  const secrets = new Map<string, string>();
  return {
    read: async (key) => secrets.get(key) ?? null,
    write: async (key, secret) => {
      if (secret === null) secrets.delete(key);
      else secrets.set(key, secret);
    },
  };
}

/** Team sync as the API shows it: the settings (never the password) and the status. */

/** Why a sync failed, for the message and for the status the header shows. */
export type SyncCause =
  | 'unreachable'
  | 'auth'
  | 'forbidden'
  | 'tls'
  | 'not_found'
  | 'timeout'
  | 'too_large'
  | 'bad_response'
  | 'invalid_data'
  | 'aborted'
  | 'address';

export interface SyncSettingsView {
  /** Off by default: the app works fully offline. */
  enabled: boolean;
  url: string;
  username: string;
  /** Whether a password is kept for this server and user (in the system's safe storage). */
  hasPassword: boolean;
  /** The groups to sync, by id. */
  groups: string[];
}

export type SyncState = 'off' | 'syncing' | 'synced' | 'offline' | 'conflicts' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** Records waiting for the officer in the conflict screen. */
  conflicts: number;
  /** When the last sync of every group ended well. */
  lastSync: string | null;
  /** Records the last sync wrote into this workspace: 0 when nothing came in, so no view reloads. */
  received: number;
  /** What went wrong, in plain Chinese, and which case it was. */
  message: string | null;
  reason: SyncCause | null;
}

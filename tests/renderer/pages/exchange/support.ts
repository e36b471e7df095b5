// Test fixtures for importing a bundle: what staging answers, and a refusal asking for the password.
import type { ResultOf } from '../../../../renderer/src/api/contract-types';
import { apiError } from '../../helpers/fake-api';

/** What `exchange.stage` answers for 专班.dossier from 王芳 of 天水市招商局 (3 folios). */
export const STAGED: ResultOf<'exchange.stage'> = {
  stagedId: '0123456789abcdef01234567',
  fileName: '专班.dossier',
  sender: '王芳',
  workspaceName: '天水市招商局',
  createdAt: '2024-04-01T01:00:00.000Z',
  scope: { kind: 'all' },
  counts: { folios: 3 },
};

/** Staging's refusal of a bundle that needs a (different) password, on the password field. */
export const needPassword = (message: string) =>
  apiError({ kind: 'validation', message, fields: [{ path: 'password', message }] });

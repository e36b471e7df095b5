import type { Store } from '../store/types';
import type { ExchangeScope, Tombstone } from './types';

/**
 * The deletions that travel with a bundle of `scope`. A stub until the merge layer keeps
 * tombstones: it replaces this file.
 */
export function tombstonesFor(_store: Store, _scope: ExchangeScope): Tombstone[] {
  return [];
}

/** The change feed: per-domain data versions that grow after a change, so only stale views reload. */
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { ApiProvider, useApi } from '../api/ApiContext';
import type { MethodName } from '../api/contract-types';
import { EVERY_DOMAIN, INVALIDATES, invalidatedBy, type Domain } from '../api/invalidation';
import { withMutationListener } from '../api/mutations';

const DOMAINS = Object.keys(INVALIDATES) as Domain[];

/** Counts the changes that made each domain's reads stale; tells subscribers after each. */
export class ChangeFeed {
  private readonly versions = new Map<Domain, number>();
  private readonly listeners = new Set<() => void>();

  /** Marks the domains a successful call of `method` (a writing one) made stale. */
  announce(method: MethodName): void {
    const stale = invalidatedBy(method);
    for (const domain of stale === EVERY_DOMAIN ? DOMAINS : stale) {
      this.versions.set(domain, this.versionOf(domain) + 1);
    }
    for (const listener of [...this.listeners]) listener();
  }

  /** Grows each time a change makes reads of `domain` stale. */
  versionOf(domain: Domain): number {
    return this.versions.get(domain) ?? 0;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const ChangeFeedContext = createContext<ChangeFeed>(new ChangeFeed());

/**
 * Wraps the API below it so that every successful call of a writing method is announced:
 * an undo, or a person created from inside another form, reloads the views that show it.
 */
export function ChangeFeedProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const feed = useMemo(() => new ChangeFeed(), []);
  const notifying = useMemo(
    () => withMutationListener(api, (method) => feed.announce(method)),
    [api, feed],
  );
  return (
    <ApiProvider api={notifying}>
      <ChangeFeedContext.Provider value={feed}>{children}</ChangeFeedContext.Provider>
    </ApiProvider>
  );
}

/**
 * A number that grows whenever data of one of `domains` changed (outside a workspace it
 * stays 0). Keep `domains` stable: a literal array rebuilt each render is read by its joined names.
 */
export function useDataVersion(domains: readonly Domain[]): number {
  const feed = useContext(ChangeFeedContext);
  const key = domains.join(' ');
  const read = useCallback(
    () => key.split(' ').reduce((sum, domain) => sum + feed.versionOf(domain as Domain), 0),
    [feed, key],
  );
  // The same on the server: the first screen is prerendered at build (first-screen/).
  return useSyncExternalStore(feed.subscribe, read, read);
}

/** Announces a change made outside a writing call (a generation stored when its job ended). */
export function useAnnounceChange(): (method: MethodName) => void {
  const feed = useContext(ChangeFeedContext);
  return useCallback((method: MethodName) => feed.announce(method), [feed]);
}

// The hash router: the app's sections and sub-pages, parsing `#/section/id`, links and navigation.
import { useEffect, useState } from 'react';
import { askBeforeLeaving, hasUnsavedWork } from './leave-guard';

/** The sections of the app: one per navigation entry. */
export const SECTIONS = [
  'dashboard',
  'groups',
  'folios',
  'enterprises',
  'trips',
  'documents',
  'trash',
  'settings',
] as const;
export type Section = (typeof SECTIONS)[number];

/** Pages without a navigation entry of their own, and the section each sits under. */
export const SUB_PAGES = {
  people: 'enterprises',
  calendar: 'trips',
  exchange: 'dashboard',
} as const;
export type SubPage = keyof typeof SUB_PAGES;

export interface Route {
  section: Section;
  /** The record opened in the section (`#/groups/<id>`), if any. */
  id: string | null;
  /** A page inside the section (`#/people` sits under 客商), if any. */
  page?: SubPage;
}

function isSubPage(value: string | undefined): value is SubPage {
  return value !== undefined && Object.hasOwn(SUB_PAGES, value);
}

function isSection(value: string | undefined): value is Section {
  return value !== undefined && (SECTIONS as readonly string[]).includes(value);
}

/** `#/folios/01H…` → `{ section: 'folios', id: '01H…' }`; anything else → the dashboard. */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').replace(/\?.*$/, '').split('/').filter(Boolean);
  const [section, id] = parts;
  if (isSubPage(section)) {
    return { section: SUB_PAGES[section], page: section, id: id ? decodeURIComponent(id) : null };
  }
  if (!isSection(section)) return { section: 'dashboard', id: null };
  return { section, id: id ? decodeURIComponent(id) : null };
}

export function routeHref(section: Section | SubPage, id?: string | null): string {
  return id ? `#/${section}/${encodeURIComponent(id)}` : `#/${section}`;
}

/** Hash routing: the desktop app loads from a custom protocol, so no history-API paths. */
export function navigate(section: Section | SubPage, id?: string | null): void {
  window.location.hash = routeHref(section, id);
}

/** The query of the hash (`#/folios?stage=signed` → `stage=signed`): page state worth linking to. */
export function hashQuery(hash: string): string {
  const at = hash.indexOf('?');
  return at < 0 ? '' : hash.slice(at + 1);
}

/** `#/folios?stage=signed`: a section's page with its state (such as filters) in the query. */
export function queryHref(section: Section, query: string): string {
  return query ? `#/${section}?${query}` : `#/${section}`;
}

/** The current hash query; each change is a history entry, so the back button undoes it. */
export function useHashQuery(): string {
  const [query, setQuery] = useState(() => hashQuery(window.location.hash));
  useEffect(() => {
    const onChange = () => setQuery(hashQuery(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return query;
}

const samePage = (a: Route, b: Route) =>
  a.section === b.section && a.id === b.id && a.page === b.page;

/**
 * The route of the hash. Moving to another page while the page holds unsaved work (see
 * leave-guard.ts) puts the old address back and asks; the move happens once the person agrees.
 */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    let shown = window.location.hash;
    const onChange = () => {
      const target = window.location.hash;
      if (target === shown) return;
      const next = parseHash(target);
      if (samePage(next, parseHash(shown)) || !hasUnsavedWork()) {
        shown = target;
        setRoute(next);
        return;
      }
      const back = shown;
      window.history.replaceState(null, '', back || '#/');
      askBeforeLeaving(() => {
        shown = target;
        window.history.pushState(null, '', target);
        setRoute(next);
      });
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

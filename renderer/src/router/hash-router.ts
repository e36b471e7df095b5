import { useEffect, useState } from 'react';

/** The sections of the app: one per navigation entry. */
export const SECTIONS = [
  'dashboard',
  'groups',
  'folios',
  'enterprises',
  'trips',
  'documents',
  'settings',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface Route {
  section: Section;
  /** The record opened in the section (`#/groups/<id>`), if any. */
  id: string | null;
}

function isSection(value: string | undefined): value is Section {
  return value !== undefined && (SECTIONS as readonly string[]).includes(value);
}

/** `#/folios/01H…` → `{ section: 'folios', id: '01H…' }`; anything else → the dashboard. */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [section, id] = parts;
  if (!isSection(section)) return { section: 'dashboard', id: null };
  return { section, id: id ? decodeURIComponent(id) : null };
}

export function routeHref(section: Section, id?: string | null): string {
  return id ? `#/${section}/${encodeURIComponent(id)}` : `#/${section}`;
}

/** Hash routing: the desktop app loads from a custom protocol, so no history-API paths. */
export function navigate(section: Section, id?: string | null): void {
  window.location.hash = routeHref(section, id);
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

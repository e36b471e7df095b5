// Where each page's code is: every page but the folio list is its own chunk, loaded when shown.
import type { Route } from '../router/hash-router';

/**
 * The pages loaded on demand, so the app's first chunk holds only what the folio list needs
 * (the dashboard's charts, forms, trips and documents come when they are first opened).
 */
export const PAGE_CODE = {
  dashboard: () => import('../pages/dashboard/DashboardPage'),
  exchange: () => import('../pages/exchange/ExchangePage'),
  groups: () => import('../pages/groups/GroupsPage'),
  group: () => import('../pages/groups/GroupDetailPage'),
  folio: () => import('../pages/folios/FolioDetailPage'),
  enterprises: () => import('../pages/enterprises/EnterprisesPage'),
  enterprise: () => import('../pages/enterprises/EnterpriseDetailPage'),
  people: () => import('../pages/people/PeoplePage'),
  person: () => import('../pages/people/PersonDetailPage'),
  trips: () => import('../pages/trips/TripsPage'),
  trip: () => import('../pages/trips/TripDetailPage'),
  calendar: () => import('../pages/calendar/LeaderCalendarPage'),
  documents: () => import('../pages/documents/DocumentsPage'),
  settings: () => import('../pages/settings/SettingsPage'),
  trash: () => import('../pages/trash/TrashPage'),
};
export type PageCode = keyof typeof PAGE_CODE;

/** The page a route shows; null for the folio list, which is in the app's first chunk. */
export function pageCodeOf(route: Route): PageCode | null {
  const { section, page, id } = route;
  switch (section) {
    case 'dashboard':
      return page === 'exchange' && id ? 'exchange' : 'dashboard';
    case 'groups':
      return id ? 'group' : 'groups';
    case 'folios':
      return id ? 'folio' : null;
    case 'enterprises':
      if (page === 'people') return id ? 'person' : 'people';
      return id ? 'enterprise' : 'enterprises';
    case 'trips':
      if (page === 'calendar') return 'calendar';
      return id ? 'trip' : 'trips';
    case 'documents':
    case 'settings':
    case 'trash':
      return section;
  }
}

/** Starts loading the code of the page at `hash` (the entry script, while the app loads). */
export function preloadPageOf(route: Route): void {
  const code = pageCodeOf(route);
  if (code) void PAGE_CODE[code]();
}

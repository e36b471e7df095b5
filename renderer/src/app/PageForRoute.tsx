// The page component for the current route, one per section and record page (most load on demand).
import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import type { Route } from '../router/hash-router';
import { FoliosPage } from '../pages/folios/FoliosPage';
import { PAGE_CODE, pageCodeOf, type PageCode } from './page-code';

const DashboardPage = lazy(() => PAGE_CODE.dashboard().then((m) => ({ default: m.DashboardPage })));
const ExchangePage = lazy(() => PAGE_CODE.exchange().then((m) => ({ default: m.ExchangePage })));
const GroupsPage = lazy(() => PAGE_CODE.groups().then((m) => ({ default: m.GroupsPage })));
const GroupDetailPage = lazy(() => PAGE_CODE.group().then((m) => ({ default: m.GroupDetailPage })));
const FolioDetailPage = lazy(() => PAGE_CODE.folio().then((m) => ({ default: m.FolioDetailPage })));
const EnterprisesPage = lazy(() =>
  PAGE_CODE.enterprises().then((m) => ({ default: m.EnterprisesPage })),
);
const EnterpriseDetailPage = lazy(() =>
  PAGE_CODE.enterprise().then((m) => ({ default: m.EnterpriseDetailPage })),
);
const PeoplePage = lazy(() => PAGE_CODE.people().then((m) => ({ default: m.PeoplePage })));
const PersonDetailPage = lazy(() =>
  PAGE_CODE.person().then((m) => ({ default: m.PersonDetailPage })),
);
const TripsPage = lazy(() => PAGE_CODE.trips().then((m) => ({ default: m.TripsPage })));
const TripDetailPage = lazy(() => PAGE_CODE.trip().then((m) => ({ default: m.TripDetailPage })));
const LeaderCalendarPage = lazy(() =>
  PAGE_CODE.calendar().then((m) => ({ default: m.LeaderCalendarPage })),
);
const DocumentsPage = lazy(() => PAGE_CODE.documents().then((m) => ({ default: m.DocumentsPage })));
const SettingsPage = lazy(() => PAGE_CODE.settings().then((m) => ({ default: m.SettingsPage })));
const TrashPage = lazy(() => PAGE_CODE.trash().then((m) => ({ default: m.TrashPage })));

/** Each loaded-on-demand page for its record id (pageCodeOf gives a detail page only with one). */
const PAGES: Record<PageCode, (id: string) => ReactNode> = {
  dashboard: () => <DashboardPage />,
  exchange: (id) => <ExchangePage key={id} stagedId={id} />,
  groups: () => <GroupsPage />,
  group: (id) => <GroupDetailPage key={id} id={id} />,
  folio: (id) => <FolioDetailPage key={id} id={id} />,
  enterprises: () => <EnterprisesPage />,
  enterprise: (id) => <EnterpriseDetailPage key={id} id={id} />,
  people: () => <PeoplePage />,
  person: (id) => <PersonDetailPage key={id} id={id} />,
  trips: () => <TripsPage />,
  trip: (id) => <TripDetailPage key={id} id={id} />,
  calendar: () => <LeaderCalendarPage />,
  documents: () => <DocumentsPage />,
  settings: () => <SettingsPage />,
  trash: () => <TrashPage />,
};

export function PageForRoute({ route }: { route: Route }) {
  const code = pageCodeOf(route);
  if (code === null) return <FoliosPage />;
  return (
    <Suspense
      fallback={
        <div className="page-center">
          <Spin size="large" />
        </div>
      }
    >
      {PAGES[code](route.id ?? '')}
    </Suspense>
  );
}

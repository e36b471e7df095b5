// The page component for the current route, one per section and record page.
import type { Route } from '../router/hash-router';
import { LeaderCalendarPage } from '../pages/calendar/LeaderCalendarPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { DocumentsPage } from '../pages/documents/DocumentsPage';
import { ExchangePage } from '../pages/exchange/ExchangePage';
import { EnterpriseDetailPage } from '../pages/enterprises/EnterpriseDetailPage';
import { EnterprisesPage } from '../pages/enterprises/EnterprisesPage';
import { FolioDetailPage } from '../pages/folios/FolioDetailPage';
import { FoliosPage } from '../pages/folios/FoliosPage';
import { GroupDetailPage } from '../pages/groups/GroupDetailPage';
import { GroupsPage } from '../pages/groups/GroupsPage';
import { PeoplePage } from '../pages/people/PeoplePage';
import { PersonDetailPage } from '../pages/people/PersonDetailPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { TrashPage } from '../pages/trash/TrashPage';
import { TripDetailPage } from '../pages/trips/TripDetailPage';
import { TripsPage } from '../pages/trips/TripsPage';

export function PageForRoute({ route }: { route: Route }) {
  switch (route.section) {
    case 'dashboard':
      if (route.page === 'exchange' && route.id) {
        return <ExchangePage key={route.id} stagedId={route.id} />;
      }
      return <DashboardPage />;
    case 'groups':
      return route.id ? <GroupDetailPage key={route.id} id={route.id} /> : <GroupsPage />;
    case 'folios':
      return route.id ? <FolioDetailPage key={route.id} id={route.id} /> : <FoliosPage />;
    case 'enterprises':
      if (route.page === 'people') {
        return route.id ? <PersonDetailPage key={route.id} id={route.id} /> : <PeoplePage />;
      }
      return route.id ? <EnterpriseDetailPage key={route.id} id={route.id} /> : <EnterprisesPage />;
    case 'trips':
      if (route.page === 'calendar') return <LeaderCalendarPage />;
      return route.id ? <TripDetailPage key={route.id} id={route.id} /> : <TripsPage />;
    case 'documents':
      return <DocumentsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'trash':
      return <TrashPage />;
  }
}

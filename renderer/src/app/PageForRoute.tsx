import type { Route } from '../router/hash-router';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { EnterprisesPage } from '../pages/enterprises/EnterprisesPage';
import { FolioDetailPage } from '../pages/folios/FolioDetailPage';
import { FoliosPage } from '../pages/folios/FoliosPage';
import { GroupDetailPage } from '../pages/groups/GroupDetailPage';
import { GroupsPage } from '../pages/groups/GroupsPage';
import { ComingSoonPage } from '../pages/placeholder/ComingSoonPage';
import { SettingsPage } from '../pages/settings/SettingsPage';

export function PageForRoute({ route }: { route: Route }) {
  switch (route.section) {
    case 'dashboard':
      return <DashboardPage />;
    case 'groups':
      return route.id ? <GroupDetailPage key={route.id} id={route.id} /> : <GroupsPage />;
    case 'folios':
      return route.id ? <FolioDetailPage key={route.id} id={route.id} /> : <FoliosPage />;
    case 'enterprises':
      return <EnterprisesPage />;
    case 'trips':
      return <ComingSoonPage titleKey="nav.trips" textKey="trips.intro" />;
    case 'documents':
      return <ComingSoonPage titleKey="nav.documents" textKey="documents.intro" />;
    case 'settings':
      return <SettingsPage />;
  }
}

import type { Route } from '../router/hash-router';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { EnterpriseDetailPage } from '../pages/enterprises/EnterpriseDetailPage';
import { EnterprisesPage } from '../pages/enterprises/EnterprisesPage';
import { FolioDetailPage } from '../pages/folios/FolioDetailPage';
import { FoliosPage } from '../pages/folios/FoliosPage';
import { GroupDetailPage } from '../pages/groups/GroupDetailPage';
import { GroupsPage } from '../pages/groups/GroupsPage';
import { PeoplePage } from '../pages/people/PeoplePage';
import { ComingSoonPage } from '../pages/placeholder/ComingSoonPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { TrashPage } from '../pages/trash/TrashPage';

export function PageForRoute({ route }: { route: Route }) {
  switch (route.section) {
    case 'dashboard':
      return <DashboardPage />;
    case 'groups':
      return route.id ? <GroupDetailPage key={route.id} id={route.id} /> : <GroupsPage />;
    case 'folios':
      return route.id ? <FolioDetailPage key={route.id} id={route.id} /> : <FoliosPage />;
    case 'enterprises':
      if (route.page === 'people') return <PeoplePage markedId={route.id} />;
      return route.id ? <EnterpriseDetailPage key={route.id} id={route.id} /> : <EnterprisesPage />;
    case 'trips':
      return <ComingSoonPage titleKey="nav.trips" textKey="trips.intro" />;
    case 'documents':
      return <ComingSoonPage titleKey="nav.documents" textKey="documents.intro" />;
    case 'settings':
      return route.page === 'trash' ? <TrashPage /> : <SettingsPage />;
  }
}

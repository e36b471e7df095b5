// The dashboard methods: 工作台's counts and money by stage and chain, and each follow-up list a page at a time.
import type { HandlerSet } from '../../api/registry';
import type { DashboardStats } from '../../api/views';
import { dashboardStats, followUpPage } from './stats';
import type { Session } from '../session';

/** 工作台: counts and money by stage and chain, and what needs following up. */
export function dashboardHandlers(session: Session): HandlerSet {
  // The last answer, kept until the workspace (store and commit), the day or `shown` changes.
  let last: { key: readonly unknown[]; stats: DashboardStats } | null = null;
  return {
    'dashboard.stats': async ({ shown }) => {
      const store = session.store();
      const key = [store, store.seq, session.today(), shown] as const;
      if (last && last.key.every((part, i) => part === key[i])) return last.stats;
      const stats = dashboardStats(store.all('folios'), session.today(), shown);
      last = { key, stats };
      return stats;
    },
    'dashboard.followUps': async ({ list, offset, limit }) =>
      followUpPage(session.store().all('folios'), session.today(), list, offset, limit),
  };
}

import type { HandlerSet } from '../../api/registry';
import { dashboardStats } from './stats';
import type { Session } from '../session';

/** 工作台: counts and money by stage and chain, and what needs following up. */
export function dashboardHandlers(session: Session): HandlerSet {
  return {
    'dashboard.stats': async () => dashboardStats(session.store().all('folios'), session.today()),
  };
}

// The dashboard methods: 工作台's counts and money by stage and chain, and each follow-up list a page at a time.
import type { HandlerSet } from '../../api/registry';
import { followUpPage } from './stats';
import { LiveDashboard } from './live';
import type { Session } from '../session';

/** 工作台: counts and money by stage and chain, and what needs following up. */
export function dashboardHandlers(session: Session): HandlerSet {
  // Kept between calls: an edit re-counts only the folios it touched.
  const live = new LiveDashboard(session);
  return {
    'dashboard.stats': async ({ shown }) => live.stats(shown),
    'dashboard.followUps': async ({ list, offset, limit }) =>
      followUpPage(session.store().outlines(), session.today(), list, offset, limit),
  };
}

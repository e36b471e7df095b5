// Every briefing the demo workspace can give: each folio, group, chain and trip, per template.
import type { SingleBriefingRequest } from '../../electron/core/model/briefing-request';
import type { Session } from '../../electron/core/services/session';

/**
 * The requests an officer could make over the demo (the meeting pack aside): a 项目简报 and a
 * 政策包 of every folio (政策包 only where it has policies), the 投资机会清单 of everything, of
 * each group and of each chain, the 工作周报 and 月调度 of each group, and each trip's 考察行程.
 */
export function allDemoRequests(session: Session, today: string): SingleBriefingRequest[] {
  const store = session.store();
  const folios = [...store.all('folios')];
  const groups = [...store.all('groups')];
  const chains = [...new Set(folios.map((f) => f.chain).filter(Boolean))];
  const weekFrom = new Date(Date.parse(`${today}T00:00:00Z`) - 6 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return [
    ...folios.map((f) => ({ template: 'projectBrief' as const, folioId: f.id })),
    ...folios
      .filter((f) => f.policies.length > 0)
      .map((f) => ({ template: 'policyPackage' as const, folioId: f.id })),
    { template: 'opportunityList' as const },
    ...groups.map((g) => ({ template: 'opportunityList' as const, groupId: g.id })),
    ...chains.map((chain) => ({ template: 'opportunityList' as const, chain })),
    ...groups.flatMap((g) => [
      {
        template: 'groupReport' as const,
        groupId: g.id,
        period: 'week' as const,
        from: weekFrom,
        to: today,
      },
      {
        template: 'groupReport' as const,
        groupId: g.id,
        period: 'month' as const,
        from: '2024-01-01',
        to: today,
      },
    ]),
    ...[...store.all('trips')].map((t) => ({ template: 'tripAgenda' as const, tripId: t.id })),
  ];
}

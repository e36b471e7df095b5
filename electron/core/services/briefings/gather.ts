// Gathers the plain data each briefing template needs from the session, with the records it read.
import type { BriefingRequest } from '../../model/briefing-request';
import { DossierError } from '../../api/errors';
import type { DocHead } from '../../documents/templates/common';
import type { GroupReportData } from '../../documents/templates/group-report';
import type { OpportunityListData } from '../../documents/templates/opportunity-list';
import type { PolicyPackageData } from '../../documents/templates/policy-package';
import type { ProjectBriefData } from '../../documents/templates/project-brief';
import { scheduleInTimeOrder } from '../../model/trip-parts';
import type { TripAgendaData } from '../../documents/templates/trip-agenda';
import type { Folio } from '../../model/records';
import { dashboardStats } from '../dashboard/stats';
import { byName } from '../summaries';
import type { Session } from '../session';
import { pointed, requested } from './lookup';
import { periodEvents, staleAt } from './period-events';

type Req<T extends BriefingRequest['template']> = Extract<BriefingRequest, { template: T }>;

/** What a brief needs: the records as plain data, plus the records it read. */
export interface Gathered<D> {
  data: D;
  /** Named in the title and file name. */
  subject: string;
  recordIds: string[];
}

const foliosOf = (session: Session, keep: (f: Folio) => boolean): Folio[] =>
  [...session.store().all('folios')].filter(keep).sort(byName);

export function gatherProjectBrief(
  session: Session,
  req: Req<'projectBrief'>,
  head: DocHead,
): Gathered<ProjectBriefData> {
  const folio = requested(session, 'folios', req.folioId, 'folioId', '项目');
  const data = {
    head,
    folio,
    groupName: pointed(session, 'groups', folio.groupId)?.name ?? '',
    enterpriseName: pointed(session, 'enterprises', folio.enterpriseId)?.name ?? '',
    leader: pointed(session, 'people', folio.leaderId),
    steward: pointed(session, 'people', folio.stewardId),
  };
  return { data, subject: folio.name, recordIds: [folio.id] };
}

export function gatherPolicyPackage(
  session: Session,
  req: Req<'policyPackage'>,
  head: DocHead,
): Gathered<PolicyPackageData> {
  const one = req.folioId ? requested(session, 'folios', req.folioId, 'folioId', '项目') : null;
  const enterprise = one
    ? pointed(session, 'enterprises', one.enterpriseId)
    : requested(session, 'enterprises', req.enterpriseId ?? '', 'enterpriseId', '企业');
  const folios = one ? [one] : foliosOf(session, (f) => f.enterpriseId === enterprise?.id);
  const subject = one?.name ?? enterprise?.name ?? '';
  const data = {
    head,
    subject,
    enterpriseName: enterprise?.name ?? '',
    folios: folios.map((f) => ({
      name: f.name,
      policies: f.policies,
      steward: pointed(session, 'people', f.stewardId),
    })),
  };
  const ids = [...(one || !enterprise ? [] : [enterprise.id]), ...folios.map((f) => f.id)];
  return { data, subject, recordIds: ids };
}

/** The list's money by stage and chain; 终止 has no bucket, as dropped folios are not listed. */
function listStats(folios: readonly Folio[], today: string) {
  const stats = dashboardStats(folios, today);
  return { ...stats, byStage: stats.byStage.filter((b) => b.key !== 'dropped') };
}

function contactOf(session: Session, folio: Folio): string {
  const steward = pointed(session, 'people', folio.stewardId);
  if (!steward) return '';
  return steward.phone ? `${steward.name}\n${steward.phone}` : steward.name;
}

export function gatherOpportunityList(
  session: Session,
  req: Req<'opportunityList'>,
  head: DocHead,
): Gathered<OpportunityListData> {
  const group = req.groupId
    ? requested(session, 'groups', req.groupId, 'groupId', '工作专班')
    : null;
  const chain = req.chain?.trim() || null;
  const all = foliosOf(
    session,
    (f) => (!group || f.groupId === group.id) && (chain === null || f.chain === chain),
  );
  if (chain && all.length === 0 && !session.store().meta.chains.includes(chain)) {
    throw new DossierError('not_found', `找不到产业链“${chain}”。`, [
      { path: 'chain', message: '产业链不存在' },
    ]);
  }
  const listed = all.filter((f) => f.stage !== 'dropped');
  listed.sort((a, b) => b.totalInvestment - a.totalInvestment || byName(a, b));
  const scope = [group?.name, chain ? `${chain}产业链` : ''].filter(Boolean).join('');
  const data = {
    head,
    scope: scope || '全部项目',
    rows: listed.map((f) => ({
      name: f.name,
      intro: f.notes,
      totalInvestment: f.totalInvestment,
      location: f.location,
      stage: f.stage,
      contact: contactOf(session, f),
    })),
    stats: listStats(listed, head.today),
    dropped: all.length - listed.length,
  };
  const ids = [...(group ? [group.id] : []), ...listed.map((f) => f.id)];
  return { data, subject: data.scope, recordIds: ids };
}

export function gatherGroupReport(
  session: Session,
  req: Req<'groupReport'>,
  head: DocHead,
): Gathered<GroupReportData> {
  const group = requested(session, 'groups', req.groupId, 'groupId', '工作专班');
  const folios = foliosOf(session, (f) => f.groupId === group.id);
  const data = {
    head: { ...head, issuer: group.name },
    groupName: group.name,
    period: req.period,
    from: req.from,
    to: req.to,
    folioCount: folios.length,
    totalInvestment: folios.reduce((s, f) => s + f.totalInvestment, 0),
    fundsInPlace: folios.reduce((s, f) => s + f.fundsInPlace, 0),
    ...periodEvents(folios, req.from, req.to),
    stale: staleAt(folios, req.to < head.today ? req.to : head.today),
  };
  return { data, subject: group.name, recordIds: [group.id, ...folios.map((f) => f.id)] };
}

export function gatherTripAgenda(
  session: Session,
  req: Req<'tripAgenda'>,
  head: DocHead,
): Gathered<TripAgendaData> {
  const trip = scheduleInTimeOrder(requested(session, 'trips', req.tripId, 'tripId', '考察'));
  const enterpriseIds = new Set(trip.theirDelegation.flatMap((m) => m.enterpriseId ?? []));
  const enterpriseNames = new Map(
    [...enterpriseIds].flatMap((id) => {
      const enterprise = pointed(session, 'enterprises', id);
      return enterprise ? [[id, enterprise.name] as const] : [];
    }),
  );
  return { data: { head, trip, enterpriseNames }, subject: trip.title, recordIds: [trip.id] };
}

// What `--template X` renders in a workspace: the requests for every folio, group or enterprise.
import type { BriefingRequest, TemplateName } from '../core/model/briefing-request';
import type { DossierApi } from '../core/api/contract';

export interface Period {
  from: string;
  to: string;
}

/**
 * What `--template X` renders in a workspace: every folio's 项目简报, the 政策包 of every
 * folio with policy items, the 投资机会清单 of everything and of each working group, and each
 * group's 月调度 (30 days or more) or 工作周报 over the period, and every trip's 考察行程.
 */
export async function renderTargets(
  api: Pick<DossierApi, 'folios.list' | 'folios.get' | 'groups.list' | 'trips.list'>,
  template: TemplateName,
  period: Period,
  pack: { copies: number; duplex: boolean } = { copies: 1, duplex: false },
): Promise<BriefingRequest[]> {
  switch (template) {
    case 'projectBrief':
      return (await api['folios.list']({})).map((f) => ({ template, folioId: f.id }));
    case 'policyPackage': {
      const folios = await api['folios.list']({});
      const details = await Promise.all(folios.map((f) => api['folios.get']({ id: f.id })));
      return details
        .filter((d) => d.folio.policies.length > 0)
        .map((d) => ({ template, folioId: d.folio.id }));
    }
    case 'opportunityList': {
      const groups = await api['groups.list']({});
      return [{ template }, ...groups.map((g) => ({ template, groupId: g.id }))];
    }
    case 'tripAgenda':
      return (await api['trips.list']({})).map((t) => ({ template, tripId: t.id }));
    case 'meetingPack':
      return (await api['trips.list']({})).map((t) => ({
        template,
        tripId: t.id,
        ...pack,
      }));
    case 'groupReport': {
      const days = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000 + 1;
      const kind = days >= 28 ? 'month' : 'week';
      return (await api['groups.list']({})).map((g) => ({
        template,
        groupId: g.id,
        period: kind,
        ...period,
      }));
    }
  }
}

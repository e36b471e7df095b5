// Test fixture: the dashboard stats of a small workspace (3 folios on 2 chains).
import type { DashboardStats } from '../../../../renderer/src/api/contract-types';
import { STAGES } from '../../../../renderer/src/components/enum-options';

const bucket = (key: string, count = 0, totalInvestment = 0, fundsInPlace = 0) => ({
  key,
  count,
  totalInvestment,
  fundsInPlace,
});

/** The stats of a small workspace, as 'dashboard.stats' answers them: 3 folios on 2 chains. */
export function dashboardStats(overrides: Partial<DashboardStats> = {}): DashboardStats {
  const stats = listsOf(overrides);
  const folios = (rows: readonly { folioId: string }[]) => new Set(rows.map((r) => r.folioId)).size;
  return {
    ...stats,
    counts: overrides.counts ?? {
      overdueItems: stats.overdueItems.length,
      overdueFolios: folios(stats.overdueItems),
      openBlockers: stats.openBlockers.length,
      blockerFolios: folios(stats.openBlockers),
      staleFolios: stats.staleFolios.length,
    },
  };
}

function listsOf(overrides: Partial<DashboardStats>): Omit<DashboardStats, 'counts'> {
  const byStage = STAGES.map((stage) => bucket(stage));
  byStage[1] = bucket('talks', 1, 200_000, 0);
  byStage[3] = bucket('signed', 2, 1_799_780, 232_090);
  return {
    today: '2025-03-01',
    totals: bucket('all', 3, 1_999_780, 232_090),
    byStage,
    byChain: [
      bucket('集成电路封测', 2, 1_500_000, 200_000),
      bucket('数字经济', 1, 499_780, 32_090),
    ],
    overdueItems: [
      {
        folioId: 'folio-0001',
        folioName: '华天科技封测扩能项目',
        list: 'supply',
        itemId: 'item-0001',
        text: '建设定制化厂房',
        owner: '秦州区政府',
        due: '2025-02-10',
      },
      {
        folioId: 'folio-0001',
        folioName: '华天科技封测扩能项目',
        list: 'demand',
        itemId: 'item-0002',
        text: '员工宿舍配套',
        owner: '园区管委会',
        due: '2025-02-20',
      },
    ],
    openBlockers: [
      {
        folioId: 'folio-0002',
        folioName: '数字经济产业园',
        blockerId: 'blocker-0001',
        problem: '施工临时用电接入',
        department: '供电公司',
        status: 'inProgress',
        raisedOn: '2025-01-15',
      },
    ],
    staleFolios: [
      { folioId: 'folio-0003', folioName: '智算中心', stage: 'talks', lastProgressOn: null },
    ],
    ...overrides,
  };
}

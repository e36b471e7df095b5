// What the folio list's columns show as text: the table, and the first screen drawn before it.
import type { FolioPage, FolioSummary } from '../../api/contract-types';
import { formatDateTime } from '../../format/date';
import { formatYi, wanNumber } from '../../format/money';

type CellText = (folio: FolioSummary) => string;

/** Each text or number column's text for a folio (money in 万元). 阶段 is a tag of its own. */
export const FOLIO_CELL_TEXT = {
  name: (folio) => folio.name,
  groupName: (folio) => folio.groupName,
  overdueItems: (folio) => String(folio.overdueItems),
  openBlockers: (folio) => String(folio.openBlockers),
  totalInvestment: (folio) => wanNumber(folio.totalInvestment),
  fundsInPlace: (folio) => wanNumber(folio.fundsInPlace),
  leaderName: (folio) => folio.leaderName,
  enterpriseName: (folio) => folio.enterpriseName,
  chain: (folio) => folio.chain,
  location: (folio) => folio.location,
  updatedAt: (folio) => formatDateTime(folio.updatedAt),
} satisfies Record<string, CellText>;

export type FolioColumnKey = keyof typeof FOLIO_CELL_TEXT | 'stage';

/** The class on a column's header and cells (the first screen finds its cells by it). */
export const folioColumnClass = (key: FolioColumnKey) => `folio-col-${key}`;

/** The list's summary line's parameters (共 {count} 个项目，总投资 {total}，到位资金 {funds}). */
export function listSummaryParams(
  page: Pick<FolioPage, 'total' | 'totalInvestment' | 'fundsInPlace'> | undefined,
  yiUnit: string,
) {
  return {
    count: page?.total ?? 0,
    total: formatYi(page?.totalInvestment ?? 0, yiUnit),
    funds: formatYi(page?.fundsInPlace ?? 0, yiUnit),
  };
}

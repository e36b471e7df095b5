import type { FolioSummary } from '../../api/contract-types';
import type { Translate } from '../../i18n/translate';

/** Folios of one group (or all) whose visible text contains every word typed. */
export function filterFolios(
  rows: readonly FolioSummary[],
  query: string,
  groupId: string | undefined,
  t: Translate,
): FolioSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (groupId && row.groupId !== groupId) return false;
    if (words.length === 0) return true;
    const text = [
      row.name,
      row.groupName,
      row.enterpriseName,
      row.chain,
      row.location,
      row.leaderName,
      row.stewardName,
      t(`stage.${row.stage}`),
    ]
      .join(' ')
      .toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

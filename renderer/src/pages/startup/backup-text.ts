// A backup's reason and record counts in words (`12 个专班 · 165 个项目 · …`).
import type { BackupInfo } from '../../api/contract-types';
import type { Translate } from '../../i18n/translate';

/** The reasons the store writes into a backup's name, said in words; others are shown as they are. */
const KNOWN_REASONS = [
  'open',
  'auto',
  'manual',
  'remove-demo',
  'load-demo',
  'restore',
  'before-restore',
  'daily',
  'import',
  'migration',
] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];

function isKnownReason(reason: string): reason is KnownReason {
  return (KNOWN_REASONS as readonly string[]).includes(reason);
}

export function backupReasonText(t: Translate, reason: string): string {
  return isKnownReason(reason) ? t(`backupReason.${reason}`) : reason;
}

/** `12 个专班 · 165 个项目 · 40 家客商 · 30 位人员` */
export function countsText(
  t: Translate,
  counts: Pick<BackupInfo['counts'], 'groups' | 'folios' | 'enterprises' | 'people'>,
): string {
  return t('common.counts', { ...counts });
}

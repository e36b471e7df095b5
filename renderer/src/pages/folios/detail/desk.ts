// Who and when at the desk: today's date, the operator's name, and empty date fields as null.
import { formatDate } from '../../../format/date';
import { useT } from '../../../i18n/I18nContext';
import { useWorkspace } from '../../../workspace/WorkspaceContext';

/** Today on this machine, YYYY-MM-DD. */
export function todayIso(): string {
  return formatDate(new Date().toISOString());
}

/** Who is at the desk: the workspace's operator, or the name the core uses when none is set. */
export function useOperator(): string {
  const t = useT();
  return useWorkspace().status.meta.operator || t('folioDetail.defaultOperator');
}

/** A date field's value: an empty input means no date. */
export function dateOrNull(value: string | undefined | null): string | null {
  return value ? value : null;
}

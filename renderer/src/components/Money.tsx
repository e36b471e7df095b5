// Money display: an amount in 亿元 with two decimals (Yi), or in 万元 with separators (Wan).
import { formatWan, formatYi, yiNumber } from '../format/money';
import { useT } from '../i18n/I18nContext';

/** An amount in 亿元 with two decimals (totals). `wan` is the stored integer of 万元. */
export function Yi({ wan, unit = true }: { wan: number; unit?: boolean }) {
  const t = useT();
  return <span className="money">{unit ? formatYi(wan, t('unit.yi')) : yiNumber(wan)}</span>;
}

/** An amount in 万元 with thousands separators. */
export function Wan({ wan }: { wan: number }) {
  const t = useT();
  return <span className="money">{formatWan(wan, t('unit.wan'))}</span>;
}

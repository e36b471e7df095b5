// A record's 总投资 and 到位资金, summed over its folios, as two Descriptions items.
import type { DescriptionsProps } from 'antd';
import type { Translate } from '../i18n/translate';
import { Yi } from './Money';

interface FolioMoney {
  totalInvestment: number;
  fundsInPlace: number;
}

/** A record's 总投资 and 到位资金, summed over its folios, as two Descriptions items. */
export function folioMoneyItems(
  folios: readonly FolioMoney[],
  t: Translate,
): NonNullable<DescriptionsProps['items']> {
  const total = folios.reduce((sum, folio) => sum + folio.totalInvestment, 0);
  const funds = folios.reduce((sum, folio) => sum + folio.fundsInPlace, 0);
  return [
    { key: 'total', label: t('folios.totalInvestment'), children: <Yi wan={total} /> },
    { key: 'funds', label: t('folios.fundsInPlace'), children: <Yi wan={funds} /> },
  ];
}

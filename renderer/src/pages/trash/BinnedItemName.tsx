// The 名称 cell of a deleted checklist item or progress entry: its text, its folio, a folio in the bin.
import { Space, Tag, Typography } from 'antd';
import type { TrashItem } from '../../api/contract-types';
import { useT } from '../../i18n/I18nContext';
import { routeHref } from '../../router/hash-router';

/** A sub-item's text, the folio it goes back to (a link while the folio is in use). */
export function BinnedItemName({ row }: { row: TrashItem }) {
  const t = useT();
  const { item } = row;
  if (!item) return row.label;
  return (
    <Space orientation="vertical" size={0}>
      <span>{row.label}</span>
      <Typography.Text type="secondary">
        {t('trash.inFolio')}
        {item.folioInBin ? (
          item.folioName
        ) : (
          <a href={routeHref('folios', item.folioId)}>{item.folioName}</a>
        )}
      </Typography.Text>
      {item.folioInBin && <Tag color="warning">{t('trash.folioInBin')}</Tag>}
    </Space>
  );
}

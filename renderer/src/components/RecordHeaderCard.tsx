// A record page's first card: the record's name, its buttons (back, generate, edit, delete), its fields.
import { Card, Descriptions, type DescriptionsProps } from 'antd';
import { RecordActions, type RecordActionsProps } from './RecordDetailFrame';

/**
 * A record page's first card: the record's name as its title, back / 生成 / edit / delete beside
 * it (`<testIdPrefix>-edit`, `<testIdPrefix>-delete`), and its fields in `columns` columns (one on
 * a narrow window).
 */
export function RecordHeaderCard({
  title,
  columns,
  items,
  ...actions
}: RecordActionsProps & {
  title: string;
  columns: number;
  items: DescriptionsProps['items'];
}) {
  return (
    <Card title={title} extra={<RecordActions {...actions} />}>
      <Descriptions column={{ xs: 1, md: columns }} items={items} />
    </Card>
  );
}

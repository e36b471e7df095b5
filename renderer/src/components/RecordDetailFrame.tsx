// A record page's frame while it loads or failed, and its card buttons: back, generate, edit, delete.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Space, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { Loaded } from '../hooks/useLoad';
import { useT } from '../i18n/I18nContext';
import { navigate, type Section, type SubPage } from '../router/hash-router';
import { LoadError } from './LoadError';

/**
 * A record's page while it loads or when it failed (with a button back to its list); once loaded,
 * the cards `children` makes of the record, given that same back button, one below the other.
 */
export function RecordDetailFrame<T>({
  detail,
  backTo,
  testId,
  children,
}: {
  detail: Loaded<T>;
  backTo: Section | SubPage;
  testId: string;
  children: (data: T, back: ReactNode) => ReactNode;
}) {
  const t = useT();
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(backTo)}>
      {t('common.back')}
    </Button>
  );
  // A failed reload wins over the data kept from before: the record may be gone (an undo, a
  // delete elsewhere), and showing it as if it were still there would mislead.
  if (detail.error !== undefined) {
    return (
      <Card extra={back}>
        <LoadError error={detail.error} spaced={false} />
      </Card>
    );
  }
  if (detail.data === undefined) return <Spin />;
  return (
    <Space orientation="vertical" size="middle" className="full-width" data-testid={testId}>
      {children(detail.data, back)}
    </Space>
  );
}

/** What a delete started from a record's page does: back to the list, or a reload if it was stale. */
export const leaveForList = (list: Section | SubPage, reload: () => void) => ({
  onDeleted: () => navigate(list),
  onStale: reload,
});

export interface RecordActionsProps {
  back: ReactNode;
  generate?: ReactNode;
  testIdPrefix: string;
  onEdit: () => void;
  onDelete: () => void;
}

/**
 * A record card's buttons: back to the list, (生成 when given), edit, delete (`<prefix>-edit`,
 * `<prefix>-delete`).
 */
export function RecordActions({
  back,
  generate,
  testIdPrefix,
  onEdit,
  onDelete,
}: RecordActionsProps) {
  const t = useT();
  return (
    <Space>
      {back}
      {generate}
      <Button onClick={onEdit} data-testid={`${testIdPrefix}-edit`}>
        {t('common.edit')}
      </Button>
      <Button danger data-testid={`${testIdPrefix}-delete`} onClick={onDelete}>
        {t('common.delete')}
      </Button>
    </Space>
  );
}

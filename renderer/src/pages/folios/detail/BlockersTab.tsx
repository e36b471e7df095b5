// The folio's 堵点难点 tab: problems in the way, who owns them, how and when they were solved.
import { SmallTable } from '../../../components/SmallTable';
import { AddButton } from '../../../components/AddButton';
import { Button, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { testId } from '../../../components/testid';
import { useConfirmDelete } from '../../../components/useConfirmDelete';
import { useT } from '../../../i18n/I18nContext';
import { blockerOrder, isOpenBlocker } from './blocker-status';
import { BlockerModal } from './BlockerModal';
import { BlockerSolveModal } from './BlockerSolveModal';
import { BlockerStatusTag } from './BlockerStatusTag';
import { removeItem, upsertItem } from './list-edit';
import type { Blocker, Draft } from './types';
import type { FolioEditor } from './useFolioEditor';

type Dialog = { kind: 'edit'; blocker?: Blocker } | { kind: 'solve'; blocker: Blocker } | null;

/** 堵点难点: problems in the way, who owns them, how and when they were solved. */
export function BlockersTab({ editor }: { editor: FolioEditor }) {
  const t = useT();
  const confirmDelete = useConfirmDelete();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { blockers } = editor.folio;
  const rows = [...blockers].sort(blockerOrder);
  const empty = t('common.empty');

  const saveBlocker = async (draft: Draft<Blocker>) => {
    await editor.save({ blockers: upsertItem<Draft<Blocker>>(editor.folio.blockers, draft) });
    setDialog(null);
  };
  const remove = (blocker: Blocker) =>
    confirmDelete({
      title: t('folioDetail.deleteItemTitle', { name: blocker.problem }),
      onOk: () => editor.save({ blockers: removeItem(editor.folio.blockers, blocker.id) }),
    });

  const columns: ColumnsType<Blocker> = [
    { title: t('folioDetail.problem'), dataIndex: 'problem' },
    { title: t('folioDetail.raisedOn'), dataIndex: 'raisedOn', width: 110 },
    { title: t('folioDetail.department'), dataIndex: 'department', width: 140 },
    {
      title: t('folioDetail.status'),
      dataIndex: 'status',
      width: 100,
      render: (_: unknown, blocker) => <BlockerStatusTag status={blocker.status} />,
    },
    {
      title: t('folioDetail.resolution'),
      dataIndex: 'resolution',
      render: (text: string) => text || empty,
    },
    {
      title: t('folioDetail.solvedOn'),
      dataIndex: 'solvedOn',
      width: 110,
      render: (date: string | null) => date ?? empty,
    },
    {
      title: t('folioDetail.onSite'),
      dataIndex: 'onSite',
      width: 100,
      render: (onSite: boolean) =>
        onSite ? <Tag color="purple">{t('folioDetail.onSite')}</Tag> : null,
    },
    {
      title: t('common.actions'),
      width: 170,
      render: (_: unknown, blocker) => (
        <Space size={0} wrap>
          {isOpenBlocker(blocker) && (
            <Button
              size="small"
              type="link"
              onClick={() => setDialog({ kind: 'solve', blocker })}
              {...testId('blocker-solve')}
            >
              {t('folioDetail.solve')}
            </Button>
          )}
          <Button size="small" type="link" onClick={() => setDialog({ kind: 'edit', blocker })}>
            {t('common.edit')}
          </Button>
          <Button size="small" type="link" danger onClick={() => remove(blocker)}>
            {t('common.delete')}
          </Button>
        </Space>
      ),
    },
  ];

  const open = blockers.filter(isOpenBlocker).length;
  return (
    <>
      <Space className="block-gap-bottom" wrap>
        <AddButton
          label={t('folioDetail.addBlocker')}
          testId="blocker-add"
          onClick={() => setDialog({ kind: 'edit' })}
        />
        <Typography.Text type="secondary">
          {t('folioDetail.blockerSummary', {
            total: blockers.length,
            open,
            onSite: blockers.filter((b) => b.onSite && b.status === 'solved').length,
          })}
        </Typography.Text>
      </Space>
      <SmallTable<Blocker> columns={columns} dataSource={rows} rowTestId="blocker-row" />
      {dialog?.kind === 'edit' && (
        <BlockerModal
          item={dialog.blocker}
          onSubmit={saveBlocker}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'solve' && (
        <BlockerSolveModal
          blocker={dialog.blocker}
          onSubmit={saveBlocker}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}

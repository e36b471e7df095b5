// The data folder could not be opened: says why, keeps the bad file, offers the good backups.
import { Alert, App, Button, Descriptions, Result, Typography } from 'antd';
import { SmallTable } from '../../components/SmallTable';
import type { ColumnsType } from 'antd/es/table';
import { useApi } from '../../api/ApiContext';
import type { BackupInfo, ProblemStatus, WorkspaceStatus } from '../../api/contract-types';
import { useConfirm } from '../../components/useConfirm';
import { formatDateTime } from '../../format/date';
import { useT } from '../../i18n/I18nContext';
import { backupReasonText, countsText } from './backup-text';

interface Props {
  status: ProblemStatus;
  onStatus: (status: WorkspaceStatus) => void;
  onRetry: () => void;
}

/** The data folder could not be opened: say why, keep the bad file, offer the good backups. */
export function ProblemPage({ status, onStatus, onRetry }: Props) {
  const api = useApi();
  const t = useT();
  const confirm = useConfirm();
  const { message } = App.useApp();
  const { problem } = status;
  const locked = problem.kind === 'locked';
  const backups = problem.backups.filter((backup) => backup.valid);

  const restore = (backup: BackupInfo) =>
    confirm({
      title: t('startup.restoreConfirmTitle'),
      content: t('startup.restoreConfirmBody', {
        time: formatDateTime(backup.createdAt),
        counts: countsText(t, backup.counts),
      }),
      okText: t('startup.restore'),
      onOk: async () => {
        const next = await api['workspace.restoreBackup']({ backupId: backup.id });
        void message.success(t('startup.restored'));
        onStatus(next);
      },
    });

  const columns: ColumnsType<BackupInfo> = [
    {
      title: t('startup.backupTime'),
      dataIndex: 'createdAt',
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t('startup.backupReason'),
      dataIndex: 'reason',
      render: (reason: string) => backupReasonText(t, reason),
    },
    {
      title: t('startup.backupCounts'),
      key: 'counts',
      render: (_: unknown, backup) => countsText(t, backup.counts),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, backup) => (
        <Button data-testid={`restore-${backup.id}`} onClick={() => restore(backup)}>
          {t('startup.restore')}
        </Button>
      ),
    },
  ];

  return (
    <div className="page-center" data-testid="problem-page">
      <Result
        status={locked ? 'warning' : 'error'}
        title={t('startup.problemTitle')}
        subTitle={problem.message}
        extra={<Button onClick={onRetry}>{t('common.retry')}</Button>}
      >
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'file', label: t('startup.problemFile'), children: <code>{problem.file}</code> },
            { key: 'dir', label: t('startup.dataDir'), children: <code>{status.dataDir}</code> },
          ]}
        />
        <Alert
          className="block-gap"
          type={locked ? 'warning' : 'info'}
          showIcon
          title={locked ? t('startup.lockedHint') : t('startup.badFileKept')}
        />
        {!locked && (
          <>
            <Typography.Title level={5} className="block-gap">
              {t('startup.backupsTitle')}
            </Typography.Title>
            {backups.length === 0 ? (
              <Typography.Paragraph type="secondary">{t('startup.noBackups')}</Typography.Paragraph>
            ) : (
              <SmallTable<BackupInfo>
                columns={columns}
                dataSource={backups}
                data-testid="backups-table"
              />
            )}
          </>
        )}
      </Result>
    </div>
  );
}

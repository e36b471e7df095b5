// 设置 → 备份: backups with what changed since, 立即备份, 备份到…, restore and retention.
import { CloudDownloadOutlined, FolderOpenOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, InputNumber, Space, Tag, Typography } from 'antd';
import { SmallTable } from '../../components/SmallTable';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { BackupInfo, BackupPreview } from '../../api/contract-types';
import { LoadError } from '../../components/LoadError';
import { useConfirm } from '../../components/useConfirm';
import { useNotifyError } from '../../components/useNotifyError';
import { formatDateTime } from '../../format/date';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import type { Translate } from '../../i18n/translate';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { backupReasonText } from '../startup/backup-text';

const DEFAULT_KEEP = 10;

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** What a restore takes back, collection by collection, with the records' names. */
function PreviewText({ t, preview }: { t: Translate; preview: BackupPreview }) {
  if (preview.collections.length === 0) return <p>{t('backups.restoreNothing')}</p>;
  const line = (
    key: 'added' | 'removed' | 'changed',
    what: string,
    list: BackupPreview['collections'][number]['added'],
  ) =>
    list.total > 0 ? (
      <li key={key}>
        {t(`backups.${key}`, { what, n: list.total })}
        {list.names.length > 0 &&
          `：${list.names.join('、')}${list.total > list.names.length ? ' …' : ''}`}
      </li>
    ) : null;
  return (
    <div data-testid="backup-preview">
      <p>{t('backups.restoreLoses', { n: preview.commitsSince })}</p>
      <ul>
        {preview.collections.map((c) => {
          const what = t(`backups.col.${c.collection}`);
          return (
            <li key={c.collection}>
              <ul>
                {line('added', what, c.added)}
                {line('removed', what, c.removed)}
                {line('changed', what, c.changed)}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** 设置 → 备份: the backups with what changed since, 立即备份, 备份到…, restore, retention. */
export function BackupsCard() {
  const api = useApi();
  const t = useT();
  const confirm = useConfirm();
  const notifyError = useNotifyError();
  const { message } = App.useApp();
  const { status, setStatus } = useWorkspace();
  const backups = useApiQuery('workspace.backups', {});
  const [busy, setBusy] = useState(false);
  const [folder, setFolder] = useState('');
  const [keep, setKeep] = useState<number | null>(status.meta.backupKeep ?? DEFAULT_KEEP);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  const backupNow = () =>
    run(async () => {
      await api['workspace.backupNow']({});
      void message.success(t('backups.done'));
      backups.reload();
    });

  const copyTo = () =>
    run(async () => {
      const { path } = await api['workspace.copyTo']({ folder });
      void message.success(t('backups.copied', { path }));
    });

  const saveKeep = () =>
    run(async () => {
      const meta = await api['workspace.update']({ backupKeep: keep ?? DEFAULT_KEEP });
      setStatus({ ...status, meta });
      void message.success(t('common.saved'));
      backups.reload();
    });

  const restore = (backup: BackupInfo) =>
    run(async () => {
      const preview = await api['workspace.backupPreview']({ backupId: backup.id });
      confirm({
        title: t('backups.restoreTitle', { time: formatDateTime(backup.createdAt) }),
        content: (
          <>
            <PreviewText t={t} preview={preview} />
            <Typography.Text type="secondary">{t('backups.restoreKeep')}</Typography.Text>
          </>
        ),
        okText: t('startup.restore'),
        danger: preview.collections.length > 0,
        onOk: async () => {
          const next = await api['workspace.restoreBackup']({ backupId: backup.id });
          void message.success(t('backups.restored'));
          setStatus(next);
          backups.reload();
        },
      });
    });

  const columns: ColumnsType<BackupInfo> = [
    {
      title: t('backups.time'),
      dataIndex: 'createdAt',
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t('backups.reason'),
      dataIndex: 'reason',
      render: (reason: string) => backupReasonText(t, reason),
    },
    {
      title: t('backups.size'),
      key: 'size',
      render: (_: unknown, b) =>
        b.valid ? sizeText(b.bytes) : <Tag color="red">{t('backups.invalid')}</Tag>,
    },
    {
      title: t('backups.since'),
      key: 'since',
      render: (_: unknown, b) =>
        b.commitsSince === undefined || b.commitsSince === 0
          ? t('backups.sinceNone')
          : t('backups.sinceCount', { n: b.commitsSince }),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, b) => (
        <Button
          size="small"
          disabled={!b.valid || busy}
          onClick={() => void restore(b)}
          data-testid={`backup-restore-${b.id}`}
        >
          {t('backups.restore')}
        </Button>
      ),
    },
  ];

  return (
    <Card title={t('backups.title')} data-testid="backups-card">
      <Typography.Paragraph type="secondary">{t('backups.hint')}</Typography.Paragraph>
      <Space wrap className="block-gap-bottom">
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={busy}
          onClick={() => void backupNow()}
          data-testid="backup-now"
        >
          {t('backups.now')}
        </Button>
        <Space.Compact>
          <Input
            prefix={<FolderOpenOutlined />}
            placeholder={t('backups.copyFolder')}
            value={folder}
            onChange={(e) => setFolder(e.target.value)}
            style={{ width: 280 }}
            data-testid="backup-copy-folder"
          />
          <Button
            icon={<CloudDownloadOutlined />}
            disabled={busy || folder.trim() === ''}
            onClick={() => void copyTo()}
            data-testid="backup-copy-to"
          >
            {t('backups.copyTo')}
          </Button>
        </Space.Compact>
        <Typography.Text>{t('backups.keep')}</Typography.Text>
        <Space.Compact>
          <InputNumber
            min={3}
            max={100}
            value={keep}
            onChange={setKeep}
            data-testid="backup-keep"
          />
          <Button disabled={busy} onClick={() => void saveKeep()} data-testid="backup-keep-save">
            {t('backups.keepSave')}
          </Button>
        </Space.Compact>
      </Space>
      {backups.error ? (
        <LoadError error={backups.error} />
      ) : (
        <SmallTable<BackupInfo>
          loading={backups.loading}
          columns={columns}
          dataSource={backups.data ?? []}
          locale={{ emptyText: t('backups.empty') }}
          data-testid="backups-list"
        />
      )}
    </Card>
  );
}

/** The header's team sync status: 同步中 / 已同步 / 离线 / 需要处理 N 个冲突, with the last sync time. */
import { SyncOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { SyncStatus } from '../api/contract-types';
import { useT } from '../i18n/I18nContext';
import { navigate } from '../router/hash-router';
import { useAnnounceSync } from './useAnnounceSync';
import { useNotifyError } from './useNotifyError';

/** How often the app syncs while sync is on (the desktop app also syncs on every change). */
const EVERY_MS = 60_000;
/** How often the header reads the status, to show what the continuous sync brought in. */
const LOOK_MS = 5_000;

const COLORS: Record<SyncStatus['state'], string> = {
  off: 'default',
  syncing: 'processing',
  synced: 'success',
  offline: 'warning',
  conflicts: 'orange',
  error: 'error',
};

export function SyncStatusTag() {
  const api = useApi();
  const t = useT();
  const notifyError = useNotifyError();
  const announceSync = useAnnounceSync();
  const [status, setStatus] = useState<SyncStatus | null>(null);

  const run = useCallback(async () => {
    try {
      const next = await api['sync.now']({});
      setStatus(next);
      announceSync(next);
    } catch {
      setStatus(await api['sync.status']({}).catch(() => null));
    }
  }, [api, announceSync]);

  useEffect(() => {
    let seen: string | null = null;
    const look = async () => {
      const next = await api['sync.status']({}).catch(() => null);
      if (!next) return;
      setStatus(next);
      // A sync ended since the last look (the continuous one, in the main process).
      if (seen !== null && next.lastSync !== seen) announceSync(next);
      seen = next.lastSync ?? '';
    };
    void look();
    const timer = setInterval(() => void run(), EVERY_MS);
    const looking = setInterval(() => void look(), LOOK_MS);
    return () => {
      clearInterval(timer);
      clearInterval(looking);
    };
  }, [api, run, announceSync]);

  if (!status || status.state === 'off') return null;
  const text =
    status.state === 'conflicts'
      ? t('sync.conflicts', { n: status.conflicts })
      : t(`sync.${status.state}`);
  const when = status.lastSync
    ? t('sync.lastSync', { time: new Date(status.lastSync).toLocaleString('zh-CN') })
    : t('sync.never');
  const open = async () => {
    if (status.state !== 'conflicts') return navigate('settings');
    try {
      const { stagedId } = await api['sync.conflicts']({});
      if (stagedId) navigate('exchange', stagedId);
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Tooltip title={status.message ?? when}>
      <Tag
        color={COLORS[status.state]}
        icon={<SyncOutlined spin={status.state === 'syncing'} />}
        onClick={() => void open()}
        style={{ cursor: 'pointer' }}
        data-testid="sync-status"
      >
        {text} · {when}
      </Tag>
    </Tooltip>
  );
}

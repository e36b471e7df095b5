// 撤销 in the header: undoes the session's newest edit (also on Ctrl+Z), and opens the 回收站.
import { DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { useApiQuery } from '../hooks/useApiQuery';
import { useT } from '../i18n/I18nContext';
import { routeHref } from '../router/hash-router';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { useNotifyError } from './useNotifyError';

/** Where Ctrl+Z belongs to the text being typed, not to the workspace. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * 撤销 in the header: takes back the newest edit of this session (its label in the tooltip),
 * also on Ctrl+Z outside text fields; beside it, the way to the recycle bin. The status reloads
 * after every change (see ChangeFeed), and an undo reloads the open page the same way.
 */
export function UndoButton() {
  const api = useApi();
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { refresh } = useWorkspace();
  const status = useApiQuery('undo.status', {});
  const [busy, setBusy] = useState(false);
  const label = status.data?.label ?? null;

  const undo = useCallback(async () => {
    setBusy(true);
    try {
      const { undone } = await api['undo.undo']({});
      void message.success(t('undo.done', { label: undone }));
      // The undone edit may have been to the workspace's own settings (name, chains, operator).
      await refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }, [api, message, t, refresh, notifyError]);

  // The key handler sees the newest state without re-subscribing on every change.
  const latest = useRef({ undo, ready: false });
  useEffect(() => {
    latest.current = { undo, ready: label !== null && !busy };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ctrlZ = (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey;
      if (!ctrlZ || event.key.toLowerCase() !== 'z' || isTextField(event.target)) return;
      event.preventDefault();
      if (latest.current.ready) void latest.current.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Pushed to the header's far end, away from the workspace name and the toasts above the page.
  return (
    <Space size="small" style={{ marginInlineStart: 'auto' }}>
      <Tooltip title={label ? t('undo.tooltip', { label }) : t('undo.nothing')}>
        <Button
          icon={<UndoOutlined />}
          disabled={label === null}
          loading={busy}
          onClick={() => void undo()}
          data-testid="undo"
        >
          {t('undo.button')}
        </Button>
      </Tooltip>
      <Tooltip title={t('trash.title')}>
        <Button
          icon={<DeleteOutlined />}
          href={routeHref('trash')}
          aria-label={t('trash.title')}
          data-testid="open-trash"
        />
      </Tooltip>
    </Space>
  );
}

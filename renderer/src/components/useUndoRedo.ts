// 撤销 / 重做 of the session's edits: taken at once when the page shows the record, asked about first when not.
import { App } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { UndoStatus, UndoStep } from '../api/contract-types';
import { useApiQuery } from '../hooks/useApiQuery';
import { useT } from '../i18n/I18nContext';
import { parseHash } from '../router/hash-router';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { isOnScreen, nestedQuote } from './undo-scope';
import { useConfirm } from './useConfirm';
import { useNotifyError } from './useNotifyError';

export type UndoDirection = 'undo' | 'redo';

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

/** Ctrl+Z → undo; Ctrl+Y or Ctrl+Shift+Z → redo (⌘ on a Mac); anything else → null. */
function directionOf(event: KeyboardEvent): UndoDirection | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

export interface UndoRedo {
  status: UndoStatus | null;
  busy: boolean;
  /** Takes the next step of `direction`, asking first when its record is not on screen. */
  take: (direction: UndoDirection) => void;
}

/**
 * The session's 撤销 / 重做 for the header: the status (reloaded after every change, see
 * ChangeFeed), the step taken on a click or Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z outside text fields.
 * A step whose records the open page does not show is named in a question first, and then the
 * core is told which step was asked about, so nothing else is taken back in between.
 */
export function useUndoRedo(): UndoRedo {
  const api = useApi();
  const t = useT();
  const { message } = App.useApp();
  const confirm = useConfirm();
  const notifyError = useNotifyError();
  const { refresh } = useWorkspace();
  const status = useApiQuery('undo.status', {});
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (direction: UndoDirection, step: UndoStep | null) => {
      const input = step ? { serial: step.serial } : {};
      if (direction === 'undo') {
        const { undone } = await api['undo.undo'](input);
        void message.success(t('undo.done', { label: undone }));
      } else {
        const { redone } = await api['undo.redo'](input);
        void message.success(t('redo.done', { label: redone }));
      }
      // The step may have been to the workspace's own settings (name, chains, operator).
      await refresh();
    },
    [api, message, t, refresh],
  );

  const take = useCallback(
    (direction: UndoDirection) => {
      const data = status.data;
      const step = (direction === 'undo' ? data?.next : data?.redo) ?? null;
      if (step && !isOnScreen(step, parseHash(window.location.hash))) {
        confirm({
          title: t(`${direction}.askTitle`, { label: nestedQuote(step.label) }),
          content: t('undo.askContent'),
          okText: t(`${direction}.button`),
          onOk: () => run(direction, step),
        });
        return;
      }
      setBusy(true);
      run(direction, step)
        .catch(notifyError)
        .finally(() => setBusy(false));
    },
    [status.data, confirm, t, run, notifyError],
  );

  // The key handler sees the newest state without re-subscribing on every change. A layout
  // effect, so a key pressed the moment 撤销 shows enabled is not met by the previous state.
  const latest = useRef({ take, undo: false, redo: false });
  useLayoutEffect(() => {
    const data = status.data;
    latest.current = {
      take,
      undo: !busy && (data?.label ?? null) !== null,
      redo: !busy && (data?.redo ?? null) !== null,
    };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const direction = directionOf(event);
      if (direction === null || isTextField(event.target)) return;
      // A question (or another dialog) is open: its own keys, not a second step.
      if (document.querySelector('.ant-modal-wrap:not([style*="display: none"])')) return;
      event.preventDefault();
      if (latest.current[direction]) latest.current.take(direction);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return { status: status.data ?? null, busy, take };
}

// 撤销 and 重做 in the header (also Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z), and the way to the 回收站.
import { DeleteOutlined, RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useT } from '../i18n/I18nContext';
import { routeHref } from '../router/hash-router';
import { useUndoRedo } from './useUndoRedo';

/**
 * 撤销 takes back the newest edit of this session, 重做 puts back the newest undone one (each
 * names its step in the tooltip); a step on a record the page does not show asks first (see
 * useUndoRedo). Beside them, the way to the recycle bin.
 */
export function UndoButton() {
  const t = useT();
  const { status, busy, take } = useUndoRedo();
  const label = status?.label ?? null;
  const redo = status?.redo?.label ?? null;

  // Pushed to the header's far end, away from the workspace name and the toasts above the page.
  return (
    <Space size="small" style={{ marginInlineStart: 'auto' }}>
      <Space.Compact>
        <Tooltip title={label ? t('undo.tooltip', { label }) : t('undo.nothing')}>
          <Button
            icon={<UndoOutlined />}
            disabled={label === null}
            loading={busy}
            onClick={() => take('undo')}
            data-testid="undo"
          >
            {t('undo.button')}
          </Button>
        </Tooltip>
        <Tooltip title={redo ? t('redo.tooltip', { label: redo }) : t('redo.nothing')}>
          <Button
            icon={<RedoOutlined />}
            disabled={redo === null || busy}
            onClick={() => take('redo')}
            aria-label={t('redo.button')}
            data-testid="redo"
          />
        </Tooltip>
      </Space.Compact>
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

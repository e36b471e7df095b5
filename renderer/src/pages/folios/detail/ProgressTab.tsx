// The folio's 日晒进度 tab: dated progress posts, newest first, added and deleted.
import { AddButton } from '../../../components/AddButton';
import { Button, Empty, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useConfirmDelete } from '../../../components/useConfirmDelete';
import { useT } from '../../../i18n/I18nContext';
import { removeItem, upsertItem } from './list-edit';
import { ProgressModal } from './ProgressModal';
import type { Draft, ProgressEntry } from './types';
import type { FolioEditor } from './useFolioEditor';

/** Newest first; of two entries on one day, the one added later first. */
function newestFirst(entries: readonly ProgressEntry[]): ProgressEntry[] {
  return [...entries].reverse().sort((a, b) => b.date.localeCompare(a.date));
}

/** 日晒进度: the dated progress posts, newest first. */
export function ProgressTab({ editor }: { editor: FolioEditor }) {
  const t = useT();
  const confirmDelete = useConfirmDelete();
  const [adding, setAdding] = useState(false);
  const entries = newestFirst(editor.folio.progress);

  const remove = (entry: ProgressEntry) =>
    confirmDelete({
      title: t('folioDetail.deleteProgressTitle', { date: entry.date }),
      content: entry.text,
      onOk: () => editor.save({ progress: removeItem(editor.folio.progress, entry.id) }),
    });

  return (
    <>
      <AddButton
        className="block-gap-bottom"
        label={t('folioDetail.addProgress')}
        testId="progress-add"
        onClick={() => setAdding(true)}
      />
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          mode="start"
          titleSpan="110px"
          items={entries.map((entry) => ({
            key: entry.id,
            title: <Typography.Text strong>{entry.date}</Typography.Text>,
            content: (
              <div data-testid="progress-entry">
                <Typography.Paragraph className="pre-wrap">{entry.text}</Typography.Paragraph>
                <Space size="middle">
                  <Typography.Text type="secondary">
                    {t('folioDetail.postedBy', { author: entry.author || t('common.empty') })}
                  </Typography.Text>
                  <Button size="small" type="link" danger onClick={() => remove(entry)}>
                    {t('common.delete')}
                  </Button>
                </Space>
              </div>
            ),
          }))}
        />
      )}
      {adding && (
        <ProgressModal
          onClose={() => setAdding(false)}
          onSubmit={async (draft) => {
            await editor.save({
              progress: upsertItem<Draft<ProgressEntry>>(editor.folio.progress, draft),
            });
            setAdding(false);
          }}
        />
      )}
    </>
  );
}

// The folio's 附件 tab: drop or pick files (up to 25 MB), open them, or remove them.
import { SmallTable } from '../../../components/SmallTable';
import { InboxOutlined } from '@ant-design/icons';
import { App, Button, Space, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useRef, useState } from 'react';
import { useApi } from '../../../api/ApiContext';
import { testId } from '../../../components/testid';
import { useConfirmDelete } from '../../../components/useConfirmDelete';
import { useNotifyError } from '../../../components/useNotifyError';
import { formatDateTime } from '../../../format/date';
import { useT } from '../../../i18n/I18nContext';
import { singleLineText } from '../../../text/plain-input';
import { ATTACHMENT_MAX_BYTES, download, formatSize, readBase64 } from './attachment-file';
import type { AttachmentRef } from './types';
import type { FolioEditor } from './useFolioEditor';

/** 附件: drop or pick any file (up to 25 MB); open it, or remove it from the folio. */
export function AttachmentsTab({ editor }: { editor: FolioEditor }) {
  const api = useApi();
  const t = useT();
  const confirmDelete = useConfirmDelete();
  const notifyError = useNotifyError();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState<string | null>(null);
  // Files dropped together are sent one after another, each on the folio's newest revision.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const folioId = editor.folio.id;

  const upload = async (file: File) => {
    if (file.size > ATTACHMENT_MAX_BYTES) {
      void message.error(
        t('folioDetail.fileTooLarge', { name: file.name, size: formatSize(file.size) }),
      );
      return;
    }
    setUploading(file.name);
    try {
      let dataBase64: string;
      try {
        dataBase64 = await readBase64(file);
      } catch {
        void message.error(t('folioDetail.fileUnreadable', { name: file.name }));
        return;
      }
      const mime = file.type || 'application/octet-stream';
      await editor.run((rev) =>
        api['attachments.add']({ folioId, rev, name: singleLineText(file.name), mime, dataBase64 }),
      );
      void message.success(t('folioDetail.uploaded', { name: file.name }));
    } catch (error) {
      notifyError(error);
    } finally {
      setUploading(null);
    }
  };

  const open = async (attachment: AttachmentRef) => {
    try {
      const result = await api['attachments.open']({ folioId, attachmentId: attachment.id });
      if (result.url) download(result.url, attachment.name);
      else if (result.opened)
        void message.success(t('folioDetail.opened', { name: attachment.name }));
    } catch (error) {
      notifyError(error);
    }
  };

  const remove = (attachment: AttachmentRef) =>
    confirmDelete({
      title: t('folioDetail.deleteItemTitle', { name: attachment.name }),
      onOk: () =>
        editor.run((rev) =>
          api['attachments.remove']({ folioId, rev, attachmentId: attachment.id }),
        ),
    });

  const columns: ColumnsType<AttachmentRef> = [
    { title: t('folioDetail.fileName'), dataIndex: 'name' },
    {
      title: t('folioDetail.fileSize'),
      dataIndex: 'size',
      width: 110,
      align: 'right',
      render: (size: number) => formatSize(size),
    },
    {
      title: t('folioDetail.addedAt'),
      dataIndex: 'addedAt',
      width: 160,
      render: (iso: string) => formatDateTime(iso),
    },
    {
      title: t('common.actions'),
      width: 130,
      render: (_: unknown, attachment) => (
        <Space size={0}>
          <Button
            size="small"
            type="link"
            onClick={() => void open(attachment)}
            {...testId('attachment-open')}
          >
            {t('folioDetail.open')}
          </Button>
          <Button size="small" type="link" danger onClick={() => remove(attachment)}>
            {t('common.delete')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <div data-testid="attachment-upload" className="block-gap-bottom">
        <Upload.Dragger
          multiple
          showUploadList={false}
          disabled={uploading !== null}
          beforeUpload={(file) => {
            queue.current = queue.current.then(() => upload(file));
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">
            {uploading
              ? t('folioDetail.uploading', { name: uploading })
              : t('folioDetail.dropHere')}
          </p>
          <p className="ant-upload-hint">{t('folioDetail.dropHint')}</p>
        </Upload.Dragger>
      </div>
      <SmallTable<AttachmentRef>
        columns={columns}
        dataSource={[...editor.folio.attachments].sort((a, b) =>
          b.addedAt.localeCompare(a.addedAt),
        )}
        rowTestId="attachment-row"
      />
    </>
  );
}

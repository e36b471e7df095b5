// The folio's 联系人 tab: the people on the enterprise's side of the project.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { testId } from '../../../components/testid';
import { useConfirm } from '../../../components/useConfirm';
import { useT } from '../../../i18n/I18nContext';
import { ContactModal } from './ContactModal';
import { removeItem, upsertItem } from './list-edit';
import type { Contact, Draft } from './types';
import { rowTestId } from './row-testid';
import type { FolioEditor } from './useFolioEditor';

/** 联系人: the people on the enterprise's side of this project. */
export function ContactsTab({ editor }: { editor: FolioEditor }) {
  const t = useT();
  const confirm = useConfirm();
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const empty = t('common.empty');
  const orEmpty = (text: string) => text || empty;

  const remove = (contact: Contact) =>
    confirm({
      title: t('folioDetail.deleteItemTitle', { name: contact.name }),
      okText: t('common.delete'),
      danger: true,
      onOk: async () => {
        await editor.save({ contacts: removeItem(editor.folio.contacts, contact.id) });
      },
    });

  const columns: ColumnsType<Contact> = [
    { title: t('folioDetail.contactName'), dataIndex: 'name', width: 140 },
    { title: t('folioDetail.contactTitle'), dataIndex: 'title', width: 200, render: orEmpty },
    { title: t('folioDetail.phone'), dataIndex: 'phone', width: 160, render: orEmpty },
    { title: t('folioDetail.contactNote'), dataIndex: 'note', render: orEmpty },
    {
      title: t('common.actions'),
      width: 130,
      render: (_: unknown, contact) => (
        <Space size={0}>
          <Button size="small" type="link" onClick={() => setEditing(contact)}>
            {t('common.edit')}
          </Button>
          <Button size="small" type="link" danger onClick={() => remove(contact)}>
            {t('common.delete')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Button
        className="block-gap-bottom"
        icon={<PlusOutlined />}
        onClick={() => setEditing('new')}
        {...testId('contact-add')}
      >
        {t('folioDetail.addContact')}
      </Button>
      <Table<Contact>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={editor.folio.contacts}
        pagination={false}
        onRow={rowTestId('contact-row')}
      />
      {editing !== null && (
        <ContactModal
          contact={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSubmit={async (draft) => {
            await editor.save({
              contacts: upsertItem<Draft<Contact>>(editor.folio.contacts, draft),
            });
            setEditing(null);
          }}
        />
      )}
    </>
  );
}

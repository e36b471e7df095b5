// The folio's 联系人 tab: the people on the enterprise's side of the project.
import { EditDeleteButtons } from '../../../components/EditDeleteButtons';
import { SmallTable } from '../../../components/SmallTable';
import { AddButton } from '../../../components/AddButton';
import { Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useConfirmDelete } from '../../../components/useConfirmDelete';
import { useT } from '../../../i18n/I18nContext';
import { ContactModal } from './ContactModal';
import { removeItem, upsertItem } from './list-edit';
import type { Contact, Draft } from './types';
import { useItemEditing } from './useItemEditing';
import type { FolioEditor } from './useFolioEditor';

/** 联系人: the people on the enterprise's side of this project. */
export function ContactsTab({ editor }: { editor: FolioEditor }) {
  const t = useT();
  const confirmDelete = useConfirmDelete();
  const editing = useItemEditing<Contact>((draft) =>
    editor.save({ contacts: upsertItem<Draft<Contact>>(editor.folio.contacts, draft) }),
  );
  const empty = t('common.empty');
  const orEmpty = (text: string) => text || empty;

  const remove = (contact: Contact) =>
    confirmDelete({
      title: t('folioDetail.deleteItemTitle', { name: contact.name }),
      onOk: () => editor.save({ contacts: removeItem(editor.folio.contacts, contact.id) }),
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
          <EditDeleteButtons
            onEdit={() => editing.edit(contact)}
            onDelete={() => remove(contact)}
          />
        </Space>
      ),
    },
  ];

  return (
    <>
      <AddButton
        className="block-gap-bottom"
        label={t('folioDetail.addContact')}
        testId="contact-add"
        onClick={() => editing.add()}
      />
      <SmallTable<Contact>
        columns={columns}
        dataSource={editor.folio.contacts}
        rowTestId="contact-row"
      />
      {editing.open && <ContactModal {...editing.modal} />}
    </>
  );
}

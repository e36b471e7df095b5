// 人员: leaders, stewards and group members, with create / edit / delete; a name opens their page.
import { Typography } from 'antd';
import { useState } from 'react';
import type { Person } from '../../api/contract-types';
import { CreateButton } from '../../components/CreateButton';
import { LoadError } from '../../components/LoadError';
import { actionsColumn } from '../../components/RowActions';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { DirectoryCard } from '../enterprises/DirectoryCard';
import { useDeleteRecord } from '../enterprises/useDeleteRecord';
import { PeopleTable } from './PeopleTable';
import { PersonFormModal } from './PersonFormModal';

type Editing = { mode: 'create' } | { mode: 'edit'; person: Person } | null;

/** 人员: leaders, stewards and group members, with create / edit / delete; a name opens its page. */
export function PeoplePage() {
  const t = useT();
  const deletePerson = useDeleteRecord('person');
  const people = useApiQuery('people.list', {});
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <DirectoryCard
      active="people"
      extra={
        <CreateButton
          label={t('people.create')}
          testId="person-create"
          onClick={() => setEditing({ mode: 'create' })}
        />
      }
    >
      <Typography.Paragraph type="secondary">{t('people.intro')}</Typography.Paragraph>
      <LoadError error={people.error} />
      <PeopleTable
        rows={people.data ?? []}
        loading={people.loading}
        testId="people-table"
        emptyText={t('people.empty')}
        trailing={[
          actionsColumn<Person>(
            t('common.actions'),
            (person) => [
              {
                label: t('common.edit'),
                testId: `person-edit-${person.id}`,
                onClick: () => setEditing({ mode: 'edit', person }),
              },
              {
                label: t('common.delete'),
                testId: `person-delete-${person.id}`,
                danger: true,
                onClick: () =>
                  deletePerson(person, { onDeleted: people.reload, onStale: people.reload }),
              },
            ],
            130,
          ),
        ]}
      />
      {editing && (
        <PersonFormModal
          person={editing.mode === 'edit' ? editing.person : undefined}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            people.reload();
          }}
        />
      )}
    </DirectoryCard>
  );
}

// 人员: leaders, stewards and group members, with create / edit / delete; a name opens their page.
import { Typography } from 'antd';
import type { Person } from '../../api/contract-types';
import { CreateButton } from '../../components/CreateButton';
import { LoadError } from '../../components/LoadError';
import { actionsColumn, editAndDelete, reloadAfterDelete } from '../../components/RowActions';
import { useListEditing } from '../../components/useListEditing';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { DirectoryCard } from '../enterprises/DirectoryCard';
import { useDeleteRecord } from '../enterprises/useDeleteRecord';
import { PeopleTable } from './PeopleTable';
import { PersonFormModal } from './PersonFormModal';

/** 人员: leaders, stewards and group members, with create / edit / delete; a name opens its page. */
export function PeoplePage() {
  const t = useT();
  const deletePerson = useDeleteRecord('person');
  const people = useApiQuery('people.list', {});
  const editing = useListEditing<Person>(people.reload);

  return (
    <DirectoryCard
      active="people"
      extra={
        <CreateButton label={t('people.create')} testId="person-create" onClick={editing.create} />
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
            editAndDelete(t, 'person', editing.edit, (person) =>
              deletePerson(person, reloadAfterDelete(people.reload)),
            ),
            130,
          ),
        ]}
      />
      {editing.open && (
        <PersonFormModal person={editing.record} onClose={editing.close} onSaved={editing.saved} />
      )}
    </DirectoryCard>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Person } from '../../api/contract-types';
import { useErrorText } from '../../components/useNotifyError';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/I18nContext';
import { DirectoryCard } from '../enterprises/DirectoryCard';
import { useDeleteRecord } from '../enterprises/useDeleteRecord';
import { PeopleTable } from './PeopleTable';
import { PersonFormModal } from './PersonFormModal';

type Editing = { mode: 'create' } | { mode: 'edit'; person: Person } | null;

/**
 * 人员: leaders, stewards and group members, with create / edit / delete. `#/people/<id>` marks
 * that person's row (a search hit leads there).
 */
export function PeoplePage({ markedId = null }: { markedId?: string | null }) {
  const api = useApi();
  const t = useT();
  const errorText = useErrorText();
  const deletePerson = useDeleteRecord('person');
  const people = useLoad(useCallback(() => api['people.list']({}), [api]));
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <DirectoryCard
      active="people"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ mode: 'create' })}
          data-testid="person-create"
        >
          {t('people.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('people.intro')}</Typography.Paragraph>
      {people.error !== undefined && (
        <Alert type="error" showIcon title={errorText(people.error)} className="block-gap-bottom" />
      )}
      <PeopleTable
        rows={people.data ?? []}
        loading={people.loading}
        testId="people-table"
        markedId={markedId}
        emptyText={t('people.empty')}
        trailing={[
          {
            title: t('common.actions'),
            key: 'actions',
            width: 130,
            render: (_: unknown, person) => (
              <Space size="small">
                <Button
                  type="link"
                  size="small"
                  data-testid={`person-edit-${person.id}`}
                  onClick={() => setEditing({ mode: 'edit', person })}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  danger
                  data-testid={`person-delete-${person.id}`}
                  onClick={() =>
                    deletePerson(person, { onDeleted: people.reload, onStale: people.reload })
                  }
                >
                  {t('common.delete')}
                </Button>
              </Space>
            ),
          },
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

// A group's people: the head (组长/总调度) first, then the members in the order chosen.
import { Tag } from 'antd';
import type { Person } from '../../api/contract-types';
import { useT } from '../../i18n/I18nContext';
import { PeopleTable } from './PeopleTable';

type Member = Person & { isHead: boolean };

/** A group's people: the head (组长/总调度) first, then the members in the order chosen. */
export function GroupMembersTable({ head, members }: { head: Person | null; members: Person[] }) {
  const t = useT();
  const rows: Member[] = [
    ...(head ? [{ ...head, isHead: true }] : []),
    ...members.filter((m) => m.id !== head?.id).map((m) => ({ ...m, isHead: false })),
  ];
  return (
    <PeopleTable<Member>
      rows={rows}
      testId="group-members-table"
      emptyText={t('groupMembers.empty')}
      sortable={false}
      leading={[
        {
          title: t('people.role'),
          key: 'role',
          width: 90,
          render: (_: unknown, member) =>
            member.isHead ? <Tag color="blue">{t('people.roleHead')}</Tag> : t('people.roleMember'),
        },
      ]}
    />
  );
}

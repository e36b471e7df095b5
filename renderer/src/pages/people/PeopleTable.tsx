// A table of people (name linking to their page, title, unit, phone) with optional extra columns.
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import type { Person } from '../../api/contract-types';
import { PAGED, RecordTable } from '../../components/LoadedTable';
import { useT } from '../../i18n/I18nContext';
import { routeHref } from '../../router/hash-router';

interface Props<P extends Person> {
  rows: P[];
  loading?: boolean;
  testId: string;
  emptyText: ReactNode;
  /** Columns before the name (e.g. the role in a group) … */
  leading?: ColumnsType<P>;
  /** … and after the phone (e.g. actions). */
  trailing?: ColumnsType<P>;
  /** Sort by name, title, unit (a full list); off for a list in a chosen order. */
  sortable?: boolean;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/** People as a table: name, title, unit, phone. */
export function PeopleTable<P extends Person>(props: Props<P>) {
  const { rows, loading, testId, emptyText, leading = [], trailing = [], sortable = true } = props;
  const t = useT();
  const sorter = (field: 'name' | 'title' | 'unit') =>
    sortable ? (a: P, b: P) => byText(a[field], b[field]) : undefined;
  const columns: ColumnsType<P> = [
    ...leading,
    {
      title: t('people.name'),
      dataIndex: 'name',
      sorter: sorter('name'),
      render: (name: string, person) => <a href={routeHref('people', person.id)}>{name}</a>,
    },
    { title: t('people.jobTitle'), dataIndex: 'title', sorter: sorter('title') },
    { title: t('people.unit'), dataIndex: 'unit', sorter: sorter('unit') },
    { title: t('people.phone'), dataIndex: 'phone' },
    ...trailing,
  ];
  return (
    <RecordTable<P>
      size="middle"
      rows={rows}
      loading={loading}
      columns={columns}
      pagination={PAGED}
      testId={testId}
      emptyText={emptyText}
    />
  );
}

// The ledger preview step: what each row would do, problems by row and column, who would be created.
import { Alert, Checkbox, List, Space, Table, Tag, Typography } from 'antd';
import type { LedgerPreview, LedgerPreviewRow } from '../../api/contract-types';
import { useT } from '../../i18n/I18nContext';

const COLORS: Record<LedgerPreviewRow['action'], string> = {
  new: 'green',
  update: 'blue',
  unchanged: 'default',
  problem: 'red',
};

/** The records a ledger would create, in the order they are shown: list, message, test id. */
const NEW_RECORDS = [
  ['newGroups', 'ledger.newGroups', undefined],
  ['newPeople', 'ledger.newPeople', 'ledger-new-people'],
  ['newEnterprises', 'ledger.newEnterprises', undefined],
] as const;

/** The preview: what each row would do, the problems by row and column, who would be created. */
export function LedgerPreviewStep({
  preview,
  skipProblems,
  saveMapping,
  onSkipProblems,
  onSaveMapping,
}: {
  preview: LedgerPreview;
  skipProblems: boolean;
  saveMapping: boolean;
  onSkipProblems: (v: boolean) => void;
  onSaveMapping: (v: boolean) => void;
}) {
  const t = useT();
  const names = (list: string[]) => list.slice(0, 30).join('、') + (list.length > 30 ? '…' : '');
  return (
    <Space direction="vertical" className="full-width" size="middle">
      <Typography.Text strong data-testid="ledger-counts">
        {t('ledger.counts', preview.counts)}
      </Typography.Text>
      {NEW_RECORDS.map(([list, key, testId]) => {
        const created = preview[list];
        return (
          created.length > 0 && (
            <Alert
              key={list}
              type="info"
              showIcon
              data-testid={testId}
              title={t(key, { names: names(created) })}
            />
          )
        );
      })}
      {preview.problems.length > 0 && (
        <List
          size="small"
          bordered
          header={<Typography.Text type="danger">{t('ledger.problems')}</Typography.Text>}
          dataSource={preview.problems}
          data-testid="ledger-problems"
          className="ledger-problems"
          renderItem={(p) => <List.Item>{p.text}</List.Item>}
        />
      )}
      <Table
        size="small"
        rowKey="row"
        data-testid="ledger-preview-rows"
        dataSource={preview.rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ y: 300 }}
        columns={[
          { title: t('ledger.row'), dataIndex: 'row', width: 60 },
          { title: t('ledger.name'), dataIndex: 'name', ellipsis: true },
          { title: t('ledger.group'), dataIndex: 'group', width: 160, ellipsis: true },
          {
            title: t('ledger.result'),
            dataIndex: 'action',
            width: 90,
            render: (a: LedgerPreviewRow['action']) => (
              <Tag color={COLORS[a]}>{t(`ledger.action.${a}`)}</Tag>
            ),
          },
          {
            title: t('ledger.changes'),
            dataIndex: 'changes',
            width: 200,
            ellipsis: true,
            render: (c: string[]) => c.join('、'),
          },
        ]}
      />
      <Space>
        {preview.counts.problem > 0 && (
          <Choice testId="ledger-skip-problems" on={skipProblems} onChange={onSkipProblems}>
            {t('ledger.skipProblems')}
          </Choice>
        )}
        <Choice testId="ledger-save-mapping" on={saveMapping} onChange={onSaveMapping}>
          {t('ledger.saveMapping')}
        </Choice>
      </Space>
    </Space>
  );
}

/** One of the choices under the preview, a checkbox that reports whether it is ticked. */
function Choice({
  testId,
  on,
  onChange,
  children,
}: {
  testId: string;
  on: boolean;
  onChange: (on: boolean) => void;
  children: string;
}) {
  return (
    <Checkbox data-testid={testId} checked={on} onChange={(e) => onChange(e.target.checked)}>
      {children}
    </Checkbox>
  );
}

// The ledger mapping step: sheet, header row(s), a column for each field, units and stage words.
import { Alert, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import type { LedgerField, LedgerMapping, LedgerPreview, Stage } from '../../api/contract-types';
import { stageOptions } from '../../components/enum-options';
import { useT } from '../../i18n/I18nContext';

/** The fields in the order of an office's ledger, with their names on the mapping screen. */
const FIELDS: Array<[LedgerField, string]> = [
  ['name', '项目名称'],
  ['group', '所属专班'],
  ['stage', '项目阶段'],
  ['stageDate', '阶段日期'],
  ['totalInvestment', '总投资'],
  ['fundsInPlace', '到位资金'],
  ['leader', '包抓领导'],
  ['steward', '项目管家'],
  ['progress', '进展情况'],
  ['signedDate', '签约时间'],
  ['startedDate', '开工时间'],
  ['producingDate', '投产时间'],
  ['location', '所在地'],
  ['chain', '产业链'],
  ['enterprise', '投资方/客商'],
  ['contactName', '联系人'],
  ['contactPhone', '电话'],
  ['responsibleUnit', '责任单位'],
  ['notes', '备注'],
  ['id', '卷宗编号'],
];
const NONE = '\u0000none';

/** The mapping screen: sheet, header row(s), a column for each field, units, stage words. */
export function LedgerMappingStep({
  preview,
  mapping,
  onChange,
}: {
  preview: LedgerPreview;
  mapping: LedgerMapping;
  onChange: (next: LedgerMapping) => void;
}) {
  const t = useT();
  const columnOptions = [
    { value: NONE, label: t('ledger.notImported') },
    ...preview.columns.map((c) => ({ value: c.label, label: c.label })),
  ];
  const samplesOf = (label: string | undefined) =>
    preview.columns
      .find((c) => c.label === label)
      ?.samples.filter(Boolean)
      .join('；') ?? '';
  const setColumn = (field: LedgerField, value: string) =>
    onChange({
      ...mapping,
      columns: { ...preview.fields, ...mapping.columns, [field]: value === NONE ? null : value },
    });
  const unitOptions = (['wan', 'yi', 'yuan'] as const).map((u) => ({
    value: u,
    label: t(`ledger.unit.${u}`),
  }));
  return (
    <Space direction="vertical" className="full-width" size="middle">
      {preview.savedMapping && <Alert type="info" showIcon title={t('ledger.savedMapping')} />}
      <Form layout="inline">
        <Form.Item label={t('ledger.sheet')}>
          <Select
            data-testid="ledger-sheet"
            value={preview.sheet}
            className="ledger-sheet-select"
            options={preview.sheets.map((s) => ({
              value: s.name,
              label: `${s.name}${s.hidden ? t('ledger.hiddenSheet') : ''}`,
            }))}
            onChange={(sheet: string) => onChange({ sheet })}
          />
        </Form.Item>
        <Form.Item label={t('ledger.headerRow')}>
          <InputNumber
            data-testid="ledger-header-row"
            min={1}
            max={50}
            value={preview.headerRow}
            onChange={(v) => v && onChange({ ...mapping, headerRow: v, columns: undefined })}
          />
        </Form.Item>
        <Form.Item label={t('ledger.headerRows')}>
          <Select
            data-testid="ledger-header-rows"
            value={preview.headerRows}
            options={[1, 2].map((n) => ({ value: n, label: String(n) }))}
            onChange={(n: number) =>
              onChange({
                ...mapping,
                headerRow: preview.headerRow,
                headerRows: n,
                columns: undefined,
              })
            }
          />
        </Form.Item>
        <Form.Item label={t('ledger.sheetDate')}>
          <Input
            data-testid="ledger-sheet-date"
            defaultValue={preview.sheetDate}
            onBlur={(e) =>
              /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) &&
              onChange({ ...mapping, sheetDate: e.target.value })
            }
          />
        </Form.Item>
      </Form>
      <Table
        size="small"
        rowKey={([field]) => field}
        pagination={false}
        dataSource={FIELDS}
        scroll={{ y: 360 }}
        columns={[
          { title: t('ledger.field'), width: 120, render: (_, [, label]) => label },
          {
            title: t('ledger.column'),
            width: 260,
            render: (_, [field]) => (
              <Select
                data-testid={`ledger-column-${field}`}
                className="full-width"
                value={preview.fields[field] ?? NONE}
                options={columnOptions}
                onChange={(v: string) => setColumn(field, v)}
              />
            ),
          },
          {
            title: t('ledger.unit'),
            width: 110,
            render: (_, [field]) =>
              field === 'totalInvestment' || field === 'fundsInPlace' ? (
                <Select
                  data-testid={`ledger-unit-${field}`}
                  value={preview.units[field]}
                  options={unitOptions}
                  onChange={(u: 'wan' | 'yi' | 'yuan') =>
                    onChange({ ...mapping, units: { ...mapping.units, [field]: u } })
                  }
                />
              ) : null,
          },
          {
            title: t('ledger.samples'),
            render: (_, [field]) => (
              <Typography.Text type="secondary" ellipsis>
                {samplesOf(preview.fields[field])}
              </Typography.Text>
            ),
          },
        ]}
      />
      {preview.stageWords.length > 0 && (
        <Table
          size="small"
          title={() => t('ledger.stageWords')}
          rowKey="word"
          pagination={false}
          dataSource={preview.stageWords}
          columns={[
            { title: t('ledger.stageWord'), dataIndex: 'word', width: 200 },
            {
              title: t('ledger.stage'),
              render: (_, { word, stage }) => (
                <Select
                  data-testid={`ledger-stage-word-${word}`}
                  status={stage ? undefined : 'error'}
                  className="ledger-stage-select"
                  value={stage ?? undefined}
                  options={stageOptions(t)}
                  onChange={(s: Stage) =>
                    onChange({ ...mapping, stageWords: { ...mapping.stageWords, [word]: s } })
                  }
                />
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}

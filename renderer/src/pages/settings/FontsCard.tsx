// 设置 → 公文字体: the face each document role uses, and font files the user points at instead.
import { Alert, App, Button, Card, Form, Input, Space, Tag, Tooltip, Typography } from 'antd';
import { SmallTable } from '../../components/SmallTable';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { FontReportRow, WorkspaceMeta } from '../../api/contract-types';
import { LoadError } from '../../components/LoadError';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { useUpdateWorkspace } from './useUpdateWorkspace';
import '../documents/documents.css';

type FontFiles = WorkspaceMeta['fontFiles'];
type FontRole = keyof FontFiles;
interface Values {
  fontFiles: Partial<Record<FontRole, { path?: string; postscriptName?: string }>>;
}

/** The roles in the order of GB/T 9704's page: body, headings, title, page numbers. */
const ROLES = [
  'fangsong',
  'heiti',
  'kaiti',
  'xiaobiaosong',
  'songti',
] as const satisfies readonly FontRole[];

const SOURCE_COLOR: Record<FontReportRow['source'], string> = {
  settings: 'blue',
  system: 'green',
  shipped: 'default',
};

/** The typed paths as the workspace keeps them: empty paths dropped, names only when given. */
function toFontFiles(values: Values['fontFiles']): FontFiles {
  const files: FontFiles = {};
  for (const role of ROLES) {
    const path = values[role]?.path?.trim();
    const postscriptName = values[role]?.postscriptName?.trim();
    if (path) files[role] = postscriptName ? { path, postscriptName } : { path };
  }
  return files;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** 设置 → 公文字体: the face each role uses, and font files the user points at instead. */
export function FontsCard() {
  const t = useT();
  const { message } = App.useApp();
  const api = useApi();
  const { status } = useWorkspace();
  const update = useUpdateWorkspace();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const saved = status.meta.fontFiles;
  const report = useApiQuery('documents.fonts', {});

  /**
   * Saves, then asks which faces are in use now: a file just chosen that cannot be read is shown
   * as the warning above the table, and then no "已保存" pretends all is well.
   */
  const store = async (fontFiles: FontFiles, done: string) => {
    setSaving(true);
    const ok = await update({ fontFiles }, form);
    const paths = Object.values(fontFiles).map((file) => file.path);
    const fresh = ok ? await api['documents.fonts']({}).catch(() => null) : null;
    setSaving(false);
    if (!ok) return;
    const unreadable = fresh?.problems.some((problem) => paths.some((p) => problem.includes(p)));
    if (!unreadable) void message.success(done);
  };

  const clear = (role: FontRole) => {
    form.setFieldValue(['fontFiles', role], { path: '', postscriptName: '' });
    const rest = toFontFiles({ ...saved, [role]: undefined });
    void store(rest, t('fonts.cleared', { role: t(`fonts.role.${role}`) }));
  };

  /** The desktop's file dialog; the web shell has none, and there the path is typed. */
  const chooseFont = window.dossierFiles?.chooseFont;
  const choose = async (role: FontRole) => {
    if (!chooseFont) return;
    const outcome = await chooseFont().catch(() => null);
    if (!outcome || !outcome.ok) {
      void message.error(outcome?.ok === false ? outcome.error.message : t('fonts.chooseFailed'));
      return;
    }
    if (outcome.result) form.setFieldValue(['fontFiles', role, 'path'], outcome.result);
  };

  const inUse = (role: FontRole) => report.data?.rows.find((row) => row.role === role);
  const columns: ColumnsType<FontRole> = [
    { title: t('fonts.role'), width: 150, render: (_: unknown, role) => t(`fonts.role.${role}`) },
    {
      title: t('fonts.inUse'),
      render: (_: unknown, role) => {
        const row = inUse(role);
        if (!row) return null;
        return (
          <Space size={4} wrap data-testid={`font-in-use-${role}`}>
            <Tooltip title={row.path}>
              <Typography.Text>{fileName(row.path)}</Typography.Text>
            </Tooltip>
            <Tag color={SOURCE_COLOR[row.source]}>{t(`fonts.source.${row.source}`)}</Tag>
          </Space>
        );
      },
    },
    {
      title: t('fonts.file'),
      render: (_: unknown, role) => (
        <Space.Compact className="full-width">
          <Form.Item name={['fontFiles', role, 'path']} noStyle>
            <Input
              placeholder={t('fonts.filePlaceholder')}
              className="doc-font-path"
              data-testid={`font-path-${role}`}
            />
          </Form.Item>
          <Form.Item name={['fontFiles', role, 'postscriptName']} noStyle>
            <Input
              placeholder={t('fonts.postscriptPlaceholder')}
              title={t('fonts.postscriptName')}
              className="doc-mark-input"
              data-testid={`font-ps-${role}`}
            />
          </Form.Item>
          {chooseFont && (
            <Tooltip title={t('fonts.chooseHint')}>
              <Button onClick={() => void choose(role)} data-testid={`font-choose-${role}`}>
                {t('fonts.choose')}
              </Button>
            </Tooltip>
          )}
        </Space.Compact>
      ),
    },
    {
      width: 80,
      render: (_: unknown, role) => (
        <Button
          size="small"
          disabled={!saved[role] || saving}
          onClick={() => clear(role)}
          data-testid={`font-clear-${role}`}
        >
          {t('fonts.clear')}
        </Button>
      ),
    },
  ];

  return (
    <Card title={t('fonts.title')} data-testid="settings-fonts">
      <Typography.Paragraph type="secondary">{t('fonts.hint')}</Typography.Paragraph>
      <LoadError error={report.error} />
      {report.data?.problems.map((problem) => (
        <Alert key={problem} type="warning" showIcon title={problem} className="block-gap-bottom" />
      ))}
      <Form<Values>
        form={form}
        initialValues={{ fontFiles: saved }}
        onFinish={(values) => void store(toFontFiles(values.fontFiles), t('fonts.saved'))}
      >
        <SmallTable<FontRole>
          rowKey={(role) => role}
          loading={report.loading}
          columns={columns}
          dataSource={[...ROLES]}
        />
        <Button
          type="primary"
          htmlType="submit"
          loading={saving}
          className="block-gap"
          data-testid="fonts-save"
        >
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

// 生成记录: the table of generations, newest first, with files, pages, SHA-256 and problems.
import { WarningOutlined } from '@ant-design/icons';
import { Space, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Generation } from '../../api/contract-types';
import { LoadedTable } from '../../components/LoadedTable';
import { formatDateTime } from '../../format/date';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { GenerationFiles } from './GenerationFiles';
import { describeChars } from './requests';
import { fileLabel } from './useFileActions';
import './documents.css';

/** A file's SHA-256 in short, the whole of it in the tooltip and copied by the copy icon. */
function ShortHash({ label, sha256 }: { label: string; sha256: string }) {
  return (
    <Tooltip title={sha256}>
      <Typography.Text code copyable={{ text: sha256 }} className="doc-nowrap">
        {label} {sha256.slice(0, 12)}
      </Typography.Text>
    </Tooltip>
  );
}

/** What the user should know about a generation: notes, and characters drawn as 〓. */
function Problems({ generation }: { generation: Generation }) {
  const t = useT();
  const notes = [...generation.problems];
  if (generation.missingGlyphs.length > 0) {
    notes.push(t('documents.replaced', { chars: describeChars(generation.missingGlyphs) }));
  }
  if (notes.length === 0) return null;
  return (
    <Tooltip title={notes.join('\n')}>
      <WarningOutlined className="doc-warning-icon" data-testid="generation-problems" />
    </Tooltip>
  );
}

/** 生成记录: newest first; only those made from `recordId` when given. */
export function GenerationHistory({ recordId }: { recordId?: string }) {
  const t = useT();
  const history = useApiQuery('documents.history', recordId === undefined ? {} : { recordId });

  const columns: ColumnsType<Generation> = [
    {
      title: t('documents.time'),
      dataIndex: 'createdAt',
      width: 140,
      render: (iso: string) => formatDateTime(iso),
    },
    {
      title: t('documents.template'),
      width: 120,
      // 工作周报 and 月调度 share a template; the period tells which one it was.
      render: (_: unknown, g) =>
        g.request.template === 'groupReport'
          ? t(`documents.period.${g.request.period}`)
          : t(`documents.template.${g.request.template}`),
    },
    {
      title: t('documents.title'),
      dataIndex: 'title',
      render: (title: string, g) => (
        <Space size={4}>
          {title}
          <Problems generation={g} />
        </Space>
      ),
    },
    {
      title: t('documents.operator'),
      dataIndex: 'operator',
      width: 80,
      render: (operator: string) => operator || t('common.empty'),
    },
    {
      title: t('documents.pages'),
      width: 100,
      render: (_: unknown, g) => {
        // Word lays out its own pages: only the PDF's count is known.
        const counted = g.files.filter((f) => f.pageCount !== null);
        if (counted.length === 0) return t('common.empty');
        return counted.map((f) => (
          <div key={f.name} className="doc-nowrap">
            {t('documents.pageCount', { format: fileLabel(f), count: f.pageCount ?? 0 })}
          </div>
        ));
      },
    },
    {
      title: t('documents.files'),
      width: 250,
      render: (_: unknown, g) => <GenerationFiles generation={g} links />,
    },
    {
      title: t('documents.sha256'),
      width: 180,
      render: (_: unknown, g) => (
        <Space orientation="vertical" size={0}>
          {g.files.map((f) => (
            <ShortHash key={f.name} label={fileLabel(f)} sha256={f.sha256} />
          ))}
        </Space>
      ),
    },
  ];

  return (
    <LoadedTable<Generation>
      loaded={history}
      columns={columns}
      size="small"
      testId="generation-history"
      emptyText={t('documents.historyEmpty')}
    />
  );
}

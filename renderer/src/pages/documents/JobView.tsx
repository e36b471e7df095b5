// Where a document job stands: progress with 取消, the files when done, failures and 〓 retry.
import { Alert, Button, Flex, Progress, Space, Typography } from 'antd';
import type { DocumentJob, Generation } from '../../api/contract-types';
import { useT } from '../../i18n/I18nContext';
import { GenerationFiles } from './GenerationFiles';
import { describeChars } from './requests';
import type { DocumentJobControl } from './useDocumentJob';

/** The generations a job wrote, each with its files and anything the user should know. */
function Results({ generations }: { generations: Generation[] }) {
  const t = useT();
  if (generations.length === 0) return null;
  return (
    <div data-testid="document-results">
      {generations.map((g) => (
        <Flex
          key={g.id}
          justify="space-between"
          align="center"
          gap={16}
          wrap
          className="doc-result"
        >
          <Space orientation="vertical" size={0}>
            <Typography.Text strong>{g.title}</Typography.Text>
            {g.problems.map((p) => (
              <Typography.Text key={p} type="warning">
                {p}
              </Typography.Text>
            ))}
            {g.missingGlyphs.length > 0 && (
              <Typography.Text type="warning">
                {t('documents.replaced', { chars: describeChars(g.missingGlyphs) })}
              </Typography.Text>
            )}
          </Space>
          <GenerationFiles generation={g} />
        </Flex>
      ))}
    </div>
  );
}

function Running({ job, onCancel }: { job: DocumentJob; onCancel: () => void }) {
  const t = useT();
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return (
    <div className="doc-progress" data-testid="document-progress">
      <Typography.Text>
        {job.current ? t('documents.generating', { title: job.current }) : t('documents.preparing')}
      </Typography.Text>
      <Progress percent={percent} status="active" />
      <Space>
        <Typography.Text type="secondary">
          {t('documents.progress', { done: job.done, total: job.total })}
        </Typography.Text>
        <Button size="small" onClick={onCancel} data-testid="document-cancel">
          {t('documents.cancel')}
        </Button>
      </Space>
    </div>
  );
}

function Failed({ job, onReplace }: { job: DocumentJob; onReplace: () => void }) {
  const t = useT();
  const missing = job.missingGlyphs.length > 0;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="document-failed"
      title={t('documents.failed')}
      description={
        <Space orientation="vertical">
          <span>{job.error}</span>
          {(job.failures ?? []).length > 1 && (
            <ul className="doc-failures" data-testid="document-failures">
              {(job.failures ?? []).map((f) => (
                <li key={f.title}>
                  <Typography.Text strong>{f.title}</Typography.Text>：{f.message}
                </li>
              ))}
            </ul>
          )}
          {missing && (
            <span>{t('documents.missingGlyphs', { chars: describeChars(job.missingGlyphs) })}</span>
          )}
        </Space>
      }
      action={
        missing && (
          <Button size="small" danger onClick={onReplace} data-testid="document-replace-retry">
            {t('documents.replaceRetry')}
          </Button>
        )
      }
    />
  );
}

/** Where a generation stands: progress with 取消, the files when done, or why it failed. */
export function JobView({ control }: { control: DocumentJobControl }) {
  const t = useT();
  const { job } = control;
  if (!job) return null;
  switch (job.state) {
    case 'running':
      return <Running job={job} onCancel={() => void control.cancel()} />;
    case 'failed':
      // The documents that were made before and after a failed one are still offered.
      return (
        <Space orientation="vertical" className="full-width">
          <Failed job={job} onReplace={() => void control.retryReplacing()} />
          <Results generations={job.generations} />
        </Space>
      );
    case 'cancelled':
    case 'done':
      return (
        <Space orientation="vertical" className="full-width" data-testid={`document-${job.state}`}>
          <Alert
            type={job.state === 'done' ? 'success' : 'info'}
            showIcon
            title={t(job.state === 'done' ? 'documents.done' : 'documents.cancelled')}
          />
          <Results generations={job.generations} />
        </Space>
      );
  }
}

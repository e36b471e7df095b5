// 文档: generate a briefing from any record, and 生成记录 of everything generated.
import { Card, Typography } from 'antd';
import { useT } from '../../i18n/I18nContext';
import { GeneratePanel } from './GeneratePanel';
import { GenerationHistory } from './GenerationHistory';

/** 文档: generate a briefing from any record, and 生成记录 of everything generated. */
export function DocumentsPage() {
  const t = useT();
  return (
    <div className="full-width" data-testid="documents-page">
      <Card title={t('documents.pageTitle')} className="block-gap-bottom">
        <Typography.Paragraph type="secondary" className="doc-hint">
          {t('documents.pageHint')}
        </Typography.Paragraph>
        <GeneratePanel />
      </Card>
      <Card title={t('documents.historyTitle')}>
        <GenerationHistory />
      </Card>
    </div>
  );
}

import { Card, Typography } from 'antd';
import { useT } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/translate';

/** A section that is not built yet: one sentence on what it will do. */
export function ComingSoonPage({
  titleKey,
  textKey,
}: {
  titleKey: MessageKey;
  textKey: MessageKey;
}) {
  const t = useT();
  return (
    <Card title={t(titleKey)}>
      <Typography.Paragraph>{t(textKey)}</Typography.Paragraph>
    </Card>
  );
}

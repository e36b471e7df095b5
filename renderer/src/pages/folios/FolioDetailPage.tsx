// The folio page: loads one folio and shows everything an officer keeps on it, editable part by part.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Spin } from 'antd';
import { useErrorText } from '../../components/useNotifyError';
import { useT } from '../../i18n/I18nContext';
import { navigate } from '../../router/hash-router';
import { FolioDetailView } from './detail/FolioDetailView';
import { useFolioDetail } from './detail/useFolioDetail';

/** One folio, everything an officer keeps on it, editable part by part. */
export function FolioDetailPage({ id }: { id: string }) {
  const t = useT();
  const errorText = useErrorText();
  const loaded = useFolioDetail(id);

  if (!loaded.detail || !loaded.folio) {
    if (loaded.error === undefined) return <Spin />;
    return (
      <Card
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('folios')}>
            {t('common.back')}
          </Button>
        }
      >
        <Alert type="error" showIcon title={errorText(loaded.error)} />
      </Card>
    );
  }
  return (
    <FolioDetailView
      detail={{ ...loaded.detail, folio: loaded.folio }}
      reload={loaded.reload}
      setFolio={loaded.setFolio}
    />
  );
}

// A trip's 材料版本 tab: every meeting pack built, newest first, each with what changed.
import { Descriptions, Empty, Space, Tag, Tooltip, Typography } from 'antd';
import type { Generation, Trip } from '../../../api/contract-types';
import { formatDateTime } from '../../../format/date';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useT } from '../../../i18n/I18nContext';
import { GenerationFiles } from '../../documents/GenerationFiles';
import type { PackVersion } from './trip-documents';
import './trip-documents.css';

interface VersionProps {
  version: PackVersion;
  current: boolean;
  generation: Generation | undefined;
  loading: boolean;
}

function Version({ version, current, generation, loading }: VersionProps) {
  const t = useT();
  return (
    <div className="trip-version" data-testid={`pack-version-${version.version}`}>
      <Space className="trip-section-head" wrap>
        <Typography.Title level={5}>
          {t('trips.versions.number', { n: version.version })}
        </Typography.Title>
        {current ? (
          <Tag color="green" data-testid="pack-version-current">
            {t('trips.versions.current')}
          </Tag>
        ) : (
          <Tag data-testid="pack-version-superseded">{t('trips.versions.superseded')}</Tag>
        )}
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('trips.versions.builtAt')}>
          {formatDateTime(version.builtAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('trips.versions.builtBy')}>
          {version.builtBy || t('common.empty')}
        </Descriptions.Item>
        <Descriptions.Item label={t('trips.versions.copies')}>
          {t('trips.versions.copiesValue', { count: version.copies })}
          {t(version.duplex ? 'trips.versions.duplex' : 'trips.versions.simplex')}
        </Descriptions.Item>
        <Descriptions.Item label={t('trips.versions.pages')}>
          {t('trips.versions.pagesValue', { count: version.pageCount })}
        </Descriptions.Item>
        <Descriptions.Item label="SHA-256">
          <Tooltip title={version.fileSha256}>
            <Typography.Text code copyable={{ text: version.fileSha256 }}>
              {version.fileSha256.slice(0, 12)}
            </Typography.Text>
          </Tooltip>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text strong>{t('trips.versions.changes')}</Typography.Text>
      <ul className="trip-version-changes" data-testid="pack-version-changes">
        {version.changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
      {generation ? (
        <GenerationFiles generation={generation} />
      ) : (
        <Typography.Text type="secondary">
          {loading ? t('trips.versions.loading') : t('trips.versions.noFiles')}
        </Typography.Text>
      )}
    </div>
  );
}

/** 材料版本: every meeting pack built for the trip, newest first, each with what changed. */
export function PackVersionsTab({ trip }: { trip: Trip }) {
  const t = useT();
  const history = useApiQuery('documents.history', { recordId: trip.id });
  const generations = new Map((history.data ?? []).map((g) => [g.id, g]));
  const versions = [...trip.packVersions].reverse();
  if (versions.length === 0) {
    return <Empty description={t('trips.versions.empty')} data-testid="pack-versions-empty" />;
  }
  return (
    <div data-testid="pack-versions">
      {versions.map((version, index) => (
        <Version
          key={version.version}
          version={version}
          current={index === 0}
          generation={version.generationId ? generations.get(version.generationId) : undefined}
          loading={history.data === undefined && history.error === undefined}
        />
      ))}
    </div>
  );
}

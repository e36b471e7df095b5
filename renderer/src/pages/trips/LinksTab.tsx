// A trip's 关联项目 tab: the folios (linked, and named by the schedule) and enterprises, as links.
import { Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TripDetail } from '../../api/contract-types';
import { useT } from '../../i18n/I18nContext';
import { routeHref } from '../../router/hash-router';
import { FolioTable } from '../folios/FolioTable';
import { LinksModal } from './LinksModal';
import type { TripEditor } from './useTripEditor';

/** 关联项目: the folios (linked, and named by the schedule) and the enterprises, as links. */
export function LinksTab({ detail, editor }: { detail: TripDetail; editor: TripEditor }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const { folioIds, enterpriseIds } = editor.trip;

  return (
    <>
      <Space className="trip-section-head">
        <Typography.Text type="secondary">{t('trips.linksHint')}</Typography.Text>
        <Button size="small" onClick={() => setEditing(true)} data-testid="trip-links-edit">
          {t('trips.editLinks')}
        </Button>
      </Space>
      <Typography.Title level={5}>{t('trips.linkedEnterprises')}</Typography.Title>
      <div className="block-gap-bottom" data-testid="trip-enterprises">
        {detail.enterprises.length === 0 ? (
          <Typography.Text type="secondary">{t('trips.noLinkedEnterprises')}</Typography.Text>
        ) : (
          <Space size={[0, 8]} wrap>
            {detail.enterprises.map((e) => (
              <Tag key={e.id}>
                <a href={routeHref('enterprises', e.id)}>{e.name}</a>
              </Tag>
            ))}
          </Space>
        )}
      </div>
      <Typography.Title level={5}>{t('trips.linkedFolios')}</Typography.Title>
      <FolioTable rows={detail.folios} testId="trip-folios-table" />
      {editing && (
        <LinksModal
          initial={{ folioIds, enterpriseIds }}
          onClose={() => setEditing(false)}
          onSubmit={async (values) => {
            await editor.save(values);
            setEditing(false);
          }}
        />
      )}
    </>
  );
}

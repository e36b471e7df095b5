// The columns of a day's schedule table, and the full-width row of talking points and materials.
import { WarningOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TripDetail } from '../../../api/contract-types';
import type { Translate } from '../../../i18n/translate';
import { routeHref } from '../../../router/hash-router';
import type { TripItem } from '../types';

/** Whether an item has talking points or materials, shown in a full-width row below it. */
export function hasNotes(item: TripItem): boolean {
  return Boolean(item.talkingPoints || item.materials);
}

/** 谈话要点 and 所需材料 across the table's width, so long points wrap into readable lines. */
export function ItemNotes({ item, t }: { item: TripItem; t: Translate }) {
  const line = (label: string, text: string) =>
    text && (
      <div className="trip-notes-line">
        <Typography.Text type="secondary" className="trip-nowrap">
          {label}：
        </Typography.Text>
        <span className="trip-wrap">{text}</span>
      </div>
    );
  return (
    <div className="trip-notes" data-testid={`item-notes-${item.id}`}>
      {line(t('trips.talkingPoints'), item.talkingPoints)}
      {line(t('trips.materials'), item.materials)}
    </div>
  );
}

function names(ids: readonly string[], members: readonly { id: string; name: string }[]): string {
  return ids.map((id) => members.find((m) => m.id === id)?.name ?? id).join('、');
}

/**
 * The columns of a day's table (without its actions): time (with a warning icon when the item
 * clashes), kind, activity and place, attendees of each side, host and contact, folios.
 */
export function itemColumns(
  detail: TripDetail,
  clashes: ReadonlyMap<string, string[]>,
  t: Translate,
): ColumnsType<TripItem> {
  const { trip } = detail;
  const empty = t('common.empty');
  const folioName = (id: string) => detail.folios.find((f) => f.id === id)?.name ?? id;
  return [
    {
      title: t('trips.time'),
      key: 'time',
      width: 100,
      render: (_: unknown, item) => {
        const warnings = clashes.get(item.id);
        return (
          <Space size={4} className="trip-nowrap">
            {`${item.start}—${item.end}`}
            {warnings && (
              <Tooltip title={warnings.join('\n')}>
                <WarningOutlined
                  className="trip-clash-icon"
                  aria-label={t('trips.clashRow')}
                  data-testid={`clash-icon-${item.id}`}
                />
              </Tooltip>
            )}
          </Space>
        );
      },
    },
    {
      title: t('trips.itemKind'),
      dataIndex: 'kind',
      width: 84,
      render: (_: unknown, item) => <Tag>{t(`trips.itemKind.${item.kind}`)}</Tag>,
    },
    {
      title: `${t('trips.itemTitle')} / ${t('trips.place')}`,
      key: 'what',
      render: (_: unknown, item) => (
        <>
          <div className="trip-wrap">{item.title || empty}</div>
          {item.place && <Typography.Text type="secondary">{item.place}</Typography.Text>}
        </>
      ),
    },
    {
      title: t('trips.attendees'),
      key: 'attendees',
      width: 200,
      render: (_: unknown, item) => (
        <div className="trip-wrap">
          <div>
            <Typography.Text type="secondary">{t('trips.ourSide')}</Typography.Text>
            {names(item.ourAttendees, trip.ourDelegation) || empty}
          </div>
          <div>
            <Typography.Text type="secondary">{t('trips.theirSide')}</Typography.Text>
            {names(item.theirAttendees, trip.theirDelegation) || empty}
          </div>
        </div>
      ),
    },
    {
      title: t('trips.hostContact'),
      key: 'host',
      width: 130,
      render: (_: unknown, item) => (
        <div className="trip-wrap">
          <div>{item.host || empty}</div>
          {item.contact && <Typography.Text type="secondary">{item.contact}</Typography.Text>}
        </div>
      ),
    },
    {
      title: t('trips.itemFolios'),
      dataIndex: 'folioIds',
      width: 150,
      render: (ids: string[]) =>
        ids.length === 0 ? (
          <Typography.Text type="secondary">{empty}</Typography.Text>
        ) : (
          <div className="trip-wrap">
            {ids.map((id) => (
              <div key={id}>
                <a href={routeHref('folios', id)}>{folioName(id)}</a>
              </div>
            ))}
          </div>
        ),
    },
  ];
}

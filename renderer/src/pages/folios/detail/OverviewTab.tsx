// The folio's 概况 tab: the basic fields, money in 亿元 and 万元, funding rate and stage timeline.
import { Descriptions, Space, Tag, Typography } from 'antd';
import type { FolioDetail, Person } from '../../../api/contract-types';
import { Wan, Yi } from '../../../components/Money';
import { formatDateTime } from '../../../format/date';
import { useT } from '../../../i18n/I18nContext';
import { StageDates } from '../StageDates';

function personText(person: Person | null, empty: string): string {
  if (!person) return empty;
  return person.title ? `${person.name}（${person.title}）` : person.name;
}

/** `75.0%`; nothing when there is no total to measure against. */
function fundingRate(funds: number, total: number): string | null {
  return total > 0 ? `${((funds / total) * 100).toFixed(1)}%` : null;
}

function YiAndWan({ wan, testId }: { wan: number; testId?: string }) {
  return (
    <span data-testid={testId}>
      <Yi wan={wan} />（<Wan wan={wan} />）
    </span>
  );
}

/** 概况: the basic fields, money in 亿元 and 万元, and the stage timeline. */
export function OverviewTab({ detail }: { detail: FolioDetail }) {
  const t = useT();
  const { folio, enterprise, leader, steward } = detail;
  const empty = t('common.empty');
  const text = (value: string) => value || empty;

  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        styles={{ label: { width: 112, whiteSpace: 'nowrap' } }}
        data-testid="folio-overview"
        items={[
          { key: 'enterprise', label: t('folios.enterprise'), children: enterprise?.name ?? empty },
          { key: 'chain', label: t('folios.chain'), children: text(folio.chain) },
          { key: 'location', label: t('folios.location'), children: text(folio.location) },
          {
            key: 'unit',
            label: t('folioDetail.responsibleUnit'),
            children: text(folio.responsibleUnit),
          },
          {
            key: 'total',
            label: t('folioDetail.totalInvestment'),
            children: <YiAndWan wan={folio.totalInvestment} testId="folio-detail-total" />,
          },
          {
            key: 'funds',
            label: t('folios.fundsInPlace'),
            children: <YiAndWan wan={folio.fundsInPlace} testId="folio-detail-funds" />,
          },
          {
            key: 'rate',
            label: t('folioDetail.fundingRate'),
            children: fundingRate(folio.fundsInPlace, folio.totalInvestment) ?? empty,
          },
          {
            key: 'output',
            label: t('folioDetail.expectedOutput'),
            children: <YiAndWan wan={folio.expectedOutput} />,
          },
          { key: 'leader', label: t('folios.leader'), children: personText(leader, empty) },
          { key: 'steward', label: t('folios.steward'), children: personText(steward, empty) },
          {
            key: 'tags',
            label: t('folioDetail.tags'),
            span: 'filled',
            children:
              folio.tags.length > 0 ? (
                <Space size={[0, 4]} wrap>
                  {folio.tags.map((tag) => (
                    <Tag key={tag}>{tag}</Tag>
                  ))}
                </Space>
              ) : (
                empty
              ),
          },
          {
            key: 'created',
            label: t('folios.createdAt'),
            children: formatDateTime(folio.createdAt),
          },
          {
            key: 'updated',
            label: t('folios.updatedAt'),
            children: formatDateTime(folio.updatedAt),
          },
          {
            key: 'notes',
            label: t('folios.notes'),
            span: 'filled',
            children: folio.notes ? (
              <Typography.Paragraph className="pre-wrap">{folio.notes}</Typography.Paragraph>
            ) : (
              empty
            ),
          },
        ]}
      />
      <Typography.Title level={5} className="block-gap">
        {t('folioDetail.stageTimeline')}
      </Typography.Title>
      <StageDates folio={folio} />
    </>
  );
}

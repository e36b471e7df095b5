// Add or edit one activity of a day: time, kind, place, who attends, talking points.
import { Col, Form, Input, Row } from 'antd';
import type { Trip } from '../../../api/contract-types';
import { FormModal } from '../../../components/FormModal';
import { PickManyItem, SelectItem } from '../../../components/SelectItem';
import { folioOptions } from '../../../components/record-options';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useT } from '../../../i18n/I18nContext';
import { itemKindOptions } from '../../../components/enum-options';
import type { TripItem } from '../types';
import type { ItemDraft } from './schedule';

type Values = Omit<TripItem, 'id'>;

const FIELDS = [
  'start',
  'end',
  'kind',
  'title',
  'place',
  'ourAttendees',
  'theirAttendees',
  'host',
  'contact',
  'folioIds',
  'talkingPoints',
  'materials',
] as const;

const NEW_ITEM: Partial<Values> = { kind: 'site', ourAttendees: [], theirAttendees: [] };

interface Props {
  trip: Trip;
  date: string;
  item?: TripItem;
  onSubmit: (draft: ItemDraft) => Promise<void>;
  onClose: () => void;
}

const memberOptions = (members: readonly { id: string; name: string; title: string }[]) =>
  members.map((m) => ({ value: m.id, label: m.title ? `${m.name}（${m.title}）` : m.name }));

/** Add or edit one activity of a day: time, kind, place, who attends, talking points … */
export function ItemModal({ trip, date, item, onSubmit, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const folios = useApiQuery('folios.list', {});
  const text = (value: string | undefined) => (value ?? '').trim();
  const timeRules = [
    { required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('trips.timeRequired') },
  ];
  const line = (name: 'title' | 'place' | 'host' | 'contact', label: string, max: number) => (
    <Form.Item name={name} label={label}>
      <Input maxLength={max} data-testid={`item-form-${name}`} />
    </Form.Item>
  );

  return (
    <FormModal<Values>
      title={`${item ? t('trips.editItem') : t('trips.addItem')} · ${date}`}
      form={form}
      formTestId="item-form"
      fieldNames={FIELDS}
      initialValues={item ?? NEW_ITEM}
      onSubmit={(v) =>
        onSubmit({
          id: item?.id,
          start: v.start,
          end: v.end,
          kind: v.kind,
          title: text(v.title),
          place: text(v.place),
          ourAttendees: v.ourAttendees,
          theirAttendees: v.theirAttendees,
          host: text(v.host),
          contact: text(v.contact),
          folioIds: v.folioIds ?? [],
          talkingPoints: text(v.talkingPoints),
          materials: text(v.materials),
        })
      }
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="start" label={t('trips.start')} rules={timeRules}>
            <Input maxLength={5} placeholder="09:30" data-testid="item-form-start" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="end" label={t('trips.end')} rules={timeRules}>
            <Input maxLength={5} placeholder="11:00" data-testid="item-form-end" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <SelectItem name="kind" label={t('trips.itemKind')} options={itemKindOptions(t)} />
        </Col>
        <Col span={24}>{line('title', t('trips.itemTitle'), 200)}</Col>
        <Col span={24}>{line('place', t('trips.place'), 200)}</Col>
        <Col span={12}>
          <PickManyItem
            name="ourAttendees"
            label={t('trips.ourAttendees')}
            options={memberOptions(trip.ourDelegation)}
          />
        </Col>
        <Col span={12}>
          <PickManyItem
            name="theirAttendees"
            label={t('trips.theirAttendees')}
            options={memberOptions(trip.theirDelegation)}
          />
        </Col>
        <Col span={12}>{line('host', t('trips.host'), 80)}</Col>
        <Col span={12}>{line('contact', t('trips.contact'), 120)}</Col>
        <Col span={24}>
          <PickManyItem
            name="folioIds"
            label={t('trips.itemFolios')}
            options={folioOptions(folios.data ?? [])}
            loading={folios.loading}
            testId="item-form-folios"
          />
        </Col>
      </Row>
      <Form.Item name="talkingPoints" label={t('trips.talkingPoints')}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={5000}
          data-testid="item-form-talkingPoints"
        />
      </Form.Item>
      <Form.Item name="materials" label={t('trips.materials')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

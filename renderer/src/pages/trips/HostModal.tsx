// Add or edit a trip's host or contact: who receives the delegation, the liaison, the driver.
import { Col, Form, Input, Row } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useT } from '../../i18n/I18nContext';
import type { Draft } from '../folios/detail/types';
import type { TripHost } from './types';

type Values = Omit<TripHost, 'id'>;

const FIELDS = ['name', 'title', 'unit', 'phone', 'role'] as const;

interface Props {
  host?: TripHost;
  onSubmit: (draft: Draft<TripHost>) => Promise<void>;
  onClose: () => void;
}

/** A host or contact of the trip: who receives the delegation, the liaison, the driver … */
export function HostModal({ host, onSubmit, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const text = (value: string | undefined) => (value ?? '').trim();
  const field = (name: keyof Values, label: string, max: number) => (
    <Col span={12}>
      <Form.Item name={name} label={label}>
        <Input maxLength={max} data-testid={`host-form-${name}`} />
      </Form.Item>
    </Col>
  );
  return (
    <FormModal<Values>
      title={host ? t('trips.editHost') : t('trips.addHost')}
      form={form}
      formTestId="host-form"
      fieldNames={FIELDS}
      initialValues={host ?? {}}
      onSubmit={(values) =>
        onSubmit({
          id: host?.id,
          name: values.name.trim(),
          title: text(values.title),
          unit: text(values.unit),
          phone: text(values.phone),
          role: text(values.role),
        })
      }
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="name"
            label={t('trips.hostName')}
            rules={[{ required: true, whitespace: true, message: t('trips.nameRequiredField') }]}
          >
            <Input maxLength={40} data-testid="host-form-name" />
          </Form.Item>
        </Col>
        {field('title', t('trips.hostTitle'), 80)}
        {field('unit', t('trips.hostUnit'), 120)}
        {field('phone', t('trips.hostPhone'), 40)}
        {field('role', t('trips.hostRole'), 80)}
      </Row>
    </FormModal>
  );
}

// The dialog choosing which folios and enterprises a trip is about.
import { Form } from 'antd';
import { FormModal } from '../../components/FormModal';
import { PickManyItem } from '../../components/SelectItem';
import { enterpriseOptions, folioOptions } from '../../components/record-options';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';

interface Values {
  folioIds: string[];
  enterpriseIds: string[];
}

const FIELDS = ['folioIds', 'enterpriseIds'] as const;

interface Props {
  initial: Values;
  onSubmit: (values: Values) => Promise<void>;
  onClose: () => void;
}

/** Which folios and enterprises the trip is about. */
export function LinksModal({ initial, onSubmit, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const folios = useApiQuery('folios.list', {});
  const enterprises = useApiQuery('enterprises.list', {});
  return (
    <FormModal<Values>
      title={t('trips.editLinksTitle')}
      form={form}
      formTestId="trip-links-form"
      fieldNames={FIELDS}
      initialValues={initial}
      onSubmit={(values) =>
        onSubmit({ folioIds: values.folioIds ?? [], enterpriseIds: values.enterpriseIds ?? [] })
      }
      onClose={onClose}
    >
      <PickManyItem
        name="folioIds"
        label={t('trips.linkedFolios')}
        options={folioOptions(folios.data ?? [])}
        loading={folios.loading}
      />
      <PickManyItem
        name="enterpriseIds"
        label={t('trips.linkedEnterprises')}
        options={enterpriseOptions(enterprises.data ?? [])}
        loading={enterprises.loading}
      />
    </FormModal>
  );
}

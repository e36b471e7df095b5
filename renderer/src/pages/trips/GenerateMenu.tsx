// 生成 on a trip's page: 考察行程, 政策包 of the enterprises visited, 会议材料.
import { DownOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import type { TripDetail } from '../../api/contract-types';
import { testId } from '../../components/testid';
import { useT } from '../../i18n/I18nContext';
import { TripGenerateModal, type TripDocument } from './documents/TripGenerateModal';

const DOCUMENTS: readonly TripDocument[] = ['agenda', 'policy', 'pack'];

/** 生成 on a trip's page: 考察行程, 政策包 of the enterprises visited, 会议材料. */
export function GenerateMenu({ detail }: { detail: TripDetail }) {
  const t = useT();
  const [open, setOpen] = useState<TripDocument | null>(null);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: DOCUMENTS.map((kind) => ({
            key: kind,
            label: t(`trips.generate.${kind}`),
            ...testId(`trip-generate-${kind}`),
          })),
          onClick: ({ key }) => setOpen(DOCUMENTS.find((kind) => kind === key) ?? null),
        }}
      >
        <Button
          icon={<FileTextOutlined />}
          data-testid="trip-generate"
          data-trip-id={detail.trip.id}
        >
          {t('trips.generate')} <DownOutlined />
        </Button>
      </Dropdown>
      {open && <TripGenerateModal kind={open} detail={detail} onClose={() => setOpen(null)} />}
    </>
  );
}

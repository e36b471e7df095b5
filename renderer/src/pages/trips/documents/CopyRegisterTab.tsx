// A trip's 份号登记 tab: who received which numbered copy of the newest pack, edited in place.
import { Button, Input, Space, Typography } from 'antd';
import { SmallTable } from '../../../components/SmallTable';
import { DateInput } from '../../../components/DateInput';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNotifyError } from '../../../components/useNotifyError';
import { useLeaveGuard } from '../../../router/leave-guard';
import { rowTestId } from '../../folios/detail/row-testid';
import { useT } from '../../../i18n/I18nContext';
import type { TripEditor } from '../useTripEditor';
import {
  copyLabel,
  currentVersion,
  filledRows,
  registerRows,
  type CopyEntry,
} from './trip-documents';

type TextField = 'recipient' | 'unit' | 'note';

/** 份号登记: who received which numbered copy of the newest pack, edited in place. */
export function CopyRegisterTab({ editor }: { editor: TripEditor }) {
  const t = useT();
  const notifyError = useNotifyError();
  const { trip } = editor;
  // Edits made on this revision; a save or a new pack (a new rev) starts from the stored register.
  const [draft, setDraft] = useState<{ rev: number; rows: CopyEntry[] } | null>(null);
  const dirty = draft !== null && draft.rev === trip.rev;
  useLeaveGuard(dirty);
  const rows = dirty ? draft.rows : registerRows(trip);
  const [saving, setSaving] = useState(false);

  const edit = (copyNumber: number, patch: Partial<CopyEntry>) =>
    setDraft({
      rev: trip.rev,
      rows: rows.map((r) => (r.copyNumber === copyNumber ? { ...r, ...patch } : r)),
    });

  const save = async () => {
    setSaving(true);
    try {
      await editor.save({ copyRegister: filledRows(rows) });
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  const text = (field: TextField, maxLength: number) => (value: string, row: CopyEntry) => (
    <Input
      size="small"
      value={value}
      maxLength={maxLength}
      onChange={(e) => edit(row.copyNumber, { [field]: e.target.value })}
      data-testid={`copy-${field}-${copyLabel(row.copyNumber)}`}
    />
  );

  const columns: ColumnsType<CopyEntry> = [
    {
      title: t('trips.register.copyNumber'),
      dataIndex: 'copyNumber',
      width: 80,
      render: (n: number) => copyLabel(n),
    },
    {
      title: t('trips.register.recipient'),
      dataIndex: 'recipient',
      width: 140,
      render: text('recipient', 40),
    },
    { title: t('trips.register.unit'), dataIndex: 'unit', render: text('unit', 120) },
    {
      title: t('trips.register.receivedAt'),
      dataIndex: 'receivedAt',
      width: 160,
      render: (value: string | null, row) => (
        <DateInput
          size="small"
          value={value}
          onChange={(day) => edit(row.copyNumber, { receivedAt: day || null })}
          data-testid={`copy-receivedAt-${copyLabel(row.copyNumber)}`}
        />
      ),
    },
    { title: t('trips.register.note'), dataIndex: 'note', render: text('note', 500) },
  ];

  const version = currentVersion(trip);
  return (
    <>
      <Space className="trip-section-head" wrap>
        <Typography.Text type="secondary">
          {version
            ? t('trips.register.hint', { version: version.version, copies: version.copies })
            : t('trips.register.noPack')}
        </Typography.Text>
        <Button
          type="primary"
          size="small"
          loading={saving}
          disabled={!dirty}
          onClick={() => void save()}
          data-testid="copy-register-save"
        >
          {t('common.save')}
        </Button>
      </Space>
      <SmallTable<CopyEntry>
        rowKey="copyNumber"
        columns={columns}
        dataSource={rows}
        data-testid="copy-register"
        onRow={(row) => rowTestId(`copy-row-${copyLabel(row.copyNumber)}`)()}
      />
    </>
  );
}

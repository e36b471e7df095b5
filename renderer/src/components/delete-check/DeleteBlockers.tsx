// The body of the dialog shown before a delete that something stands in the way of, with the way out.
import { Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { DeleteCheck, GroupSummary } from '../../api/contract-types';
import { useT } from '../../i18n/I18nContext';
import { routeHref } from '../../router/hash-router';

/** How many records of one kind the dialog names before it says 等 N 项. */
const SHOWN = 8;

/** What the dialog offers: unlink a folio from its trips, move a group's folios, or nothing. */
export type WayOut = 'unlinkTrips' | 'moveFolios' | null;

interface Props {
  check: DeleteCheck;
  wayOut: WayOut;
  /** For `moveFolios`: the groups that may take the folios. */
  groups?: GroupSummary[];
  onPickGroup?: (id: string) => void;
  /** A record's name was clicked (the dialog closes as the page opens). */
  onOpen?: () => void;
}

/** What stands in the way (each record a link), and the way out the dialog's OK button takes. */
export function DeleteBlockers({ check, wayOut, groups = [], onPickGroup, onOpen }: Props) {
  const t = useT();
  const [picked, setPicked] = useState<string>();
  return (
    <div data-testid="delete-blockers">
      <Typography.Paragraph>{t('deleteCheck.inUse')}</Typography.Paragraph>
      <ul style={{ paddingInlineStart: 20 }}>
        {check.blockers.map((b) => (
          <li key={b.role} data-testid={`delete-blocker-${b.role}`}>
            <Typography.Text strong>{b.text}</Typography.Text>：
            <Space size={[8, 0]} wrap>
              {b.records.slice(0, SHOWN).map((r) => (
                <a key={r.id} href={routeHref(b.collection, r.id)} onClick={onOpen}>
                  {r.name}
                </a>
              ))}
              {b.records.length > SHOWN && t('deleteCheck.more', { count: b.records.length })}
            </Space>
          </li>
        ))}
      </ul>
      {wayOut === 'unlinkTrips' && (
        <Typography.Paragraph>{t('deleteCheck.unlinkHint')}</Typography.Paragraph>
      )}
      {wayOut === 'moveFolios' &&
        (groups.length === 0 ? (
          <Typography.Paragraph type="warning">
            {t('deleteCheck.noOtherGroup')}
          </Typography.Paragraph>
        ) : (
          <Typography.Paragraph>
            {t('deleteCheck.moveHint')}
            <Select
              style={{ width: 260, margin: '0 8px' }}
              placeholder={t('deleteCheck.movePlaceholder')}
              value={picked}
              onChange={(id: string) => {
                setPicked(id);
                onPickGroup?.(id);
              }}
              options={groups.map((g) => ({ value: g.id, label: g.name }))}
              data-testid="delete-move-to"
            />
            {t('deleteCheck.moveAfter')}
          </Typography.Paragraph>
        ))}
      {wayOut === null && (
        <Typography.Paragraph type="secondary">{t('deleteCheck.changeFirst')}</Typography.Paragraph>
      )}
    </div>
  );
}

// 导出 Excel: the folio list as shown, the opportunity list, or a group's 月调度, as an .xlsx download.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useApi } from '../../api/ApiContext';
import type { FolioFilter } from '../../api/contract-types';
import { useNotifyError } from '../../components/useNotifyError';
import { useT } from '../../i18n/I18nContext';
import { downloadBase64 } from './file-bytes';

type Kind = 'folios' | 'opportunities' | 'groupReport';

/** 导出 Excel: the list as shown (these ids, this order), the opportunity list, a group's 月调度. */
export function LedgerExportButton({
  filter,
  order,
  groupId,
}: {
  filter: FolioFilter;
  /** The ids as listed, or how to ask for them when the list is paged. */
  order?: string[] | (() => Promise<string[] | undefined>);
  groupId?: string;
}) {
  const api = useApi();
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const kinds: Kind[] = groupId
    ? ['folios', 'opportunities', 'groupReport']
    : ['folios', 'opportunities'];
  const run = async (kind: Kind) => {
    try {
      const ids =
        kind !== 'folios' ? undefined : typeof order === 'function' ? await order() : order;
      const file = await api['ledger.export']({
        kind,
        filter: groupId ? { ...filter, groupId } : filter,
        order: ids,
      });
      downloadBase64(file.fileName, file.dataBase64);
      void message.success(t('ledger.export.done', { rows: file.rows }));
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Dropdown
      menu={{
        items: kinds.map((kind) => ({
          key: kind,
          label: <span data-testid={`ledger-export-${kind}`}>{t(`ledger.export.${kind}`)}</span>,
        })),
        onClick: ({ key }) => void run(key as Kind),
      }}
    >
      <Button icon={<DownloadOutlined />} data-testid="ledger-export">
        {t('ledger.export')}
      </Button>
    </Dropdown>
  );
}

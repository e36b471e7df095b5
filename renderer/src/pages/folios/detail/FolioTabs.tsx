// The folio page's tabs, from 概况 to 生成记录, with their counts and alerts.
import { Tabs } from 'antd';
import { TabLabel } from '../../../components/TabLabel';
import type { ReactNode } from 'react';
import type { FolioDetail } from '../../../api/contract-types';
import type { MessageKey } from '../../../i18n/translate';
import { useT } from '../../../i18n/I18nContext';
import { GenerationHistory } from '../../documents/GenerationHistory';
import { AttachmentsTab } from './AttachmentsTab';
import { BlockersTab } from './BlockersTab';
import { isOpenBlocker } from './blocker-status';
import { ChecklistTab } from './ChecklistTab';
import { isOverdue } from './checklist';
import { ContactsTab } from './ContactsTab';
import { todayIso } from './desk';
import { HistoryTab } from './HistoryTab';
import { OverviewTab } from './OverviewTab';
import { PoliciesTab } from './PoliciesTab';
import { ProgressTab } from './ProgressTab';
import type { FolioEditor } from './useFolioEditor';

interface Props {
  detail: FolioDetail;
  editor: FolioEditor;
}

/** 概况 · 需求侧清单 · 要素保障供给侧清单 · 堵点难点 · 日晒进度 · 政策包 · 联系人 · 附件 · 变更记录 · 生成记录 */
export function FolioTabs({ detail, editor }: Props) {
  const t = useT();
  const { folio } = detail;
  const today = todayIso();
  const overdue = (items: typeof folio.demandItems) =>
    items.filter((item) => isOverdue(item, today)).length;

  const tab = (id: string, key: MessageKey, children: ReactNode, count = 0, alert = 0) => ({
    key: id,
    label: <TabLabel testId={`tab-${id}`} text={t(key)} count={count} alert={alert} />,
    children,
  });

  return (
    <Tabs
      defaultActiveKey="overview"
      items={[
        tab('overview', 'folioDetail.tab.overview', <OverviewTab detail={detail} />),
        tab(
          'demand',
          'folioDetail.tab.demand',
          <ChecklistTab editor={editor} field="demandItems" />,
          folio.demandItems.length,
          overdue(folio.demandItems),
        ),
        tab(
          'supply',
          'folioDetail.tab.supply',
          <ChecklistTab editor={editor} field="supplyItems" />,
          folio.supplyItems.length,
          overdue(folio.supplyItems),
        ),
        tab(
          'blockers',
          'folioDetail.tab.blockers',
          <BlockersTab editor={editor} />,
          folio.blockers.length,
          folio.blockers.filter(isOpenBlocker).length,
        ),
        tab(
          'progress',
          'folioDetail.tab.progress',
          <ProgressTab editor={editor} />,
          folio.progress.length,
        ),
        tab(
          'policies',
          'folioDetail.tab.policies',
          <PoliciesTab editor={editor} />,
          folio.policies.length,
        ),
        tab(
          'contacts',
          'folioDetail.tab.contacts',
          <ContactsTab editor={editor} />,
          folio.contacts.length,
        ),
        tab(
          'attachments',
          'folioDetail.tab.attachments',
          <AttachmentsTab editor={editor} />,
          folio.attachments.length,
        ),
        tab('history', 'folioDetail.tab.history', <HistoryTab history={folio.history} />),
        tab('documents', 'documents.historyTitle', <GenerationHistory recordId={folio.id} />),
      ]}
    />
  );
}

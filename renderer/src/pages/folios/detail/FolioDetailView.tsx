// The loaded folio page: header with actions, the tabs, and the edit and stage dialogs.
import { Card } from 'antd';
import { useState } from 'react';
import type { Folio, FolioDetail } from '../../../api/contract-types';
import { leaveForList } from '../../../components/RecordDetailFrame';
import { FolioFormModal } from '../FolioFormModal';
import { useDeleteFolio } from '../useDeleteFolio';
import { FolioActions, FolioTitle } from './FolioHeader';
import { FolioTabs } from './FolioTabs';
import { StageChangeModal } from './StageChangeModal';
import { useFolioEditor } from './useFolioEditor';

interface Props {
  /** The folio (newest revision known) with its group, enterprise and people. */
  detail: FolioDetail;
  reload: () => void;
  setFolio: (folio: Folio) => void;
}

/** The folio page once loaded: header with actions, the tabs, the edit and stage dialogs. */
export function FolioDetailView({ detail, reload, setFolio }: Props) {
  const { folio } = detail;
  const editor = useFolioEditor(folio, setFolio, reload);
  const deleteFolio = useDeleteFolio();
  const [dialog, setDialog] = useState<'edit' | 'stage' | null>(null);
  const close = () => setDialog(null);

  return (
    <div data-testid="folio-detail">
      <Card
        title={<FolioTitle detail={detail} />}
        extra={
          <FolioActions
            folio={folio}
            onEdit={() => setDialog('edit')}
            onChangeStage={() => setDialog('stage')}
            onDelete={() => deleteFolio(folio, leaveForList('folios', reload))}
          />
        }
      >
        <FolioTabs detail={detail} editor={editor} />
      </Card>
      {dialog === 'edit' && (
        <FolioFormModal
          folio={folio}
          update={editor.save}
          onClose={close}
          onSaved={(saved) => {
            close();
            setFolio(saved);
            // The group, enterprise or people may have changed: load their names again.
            reload();
          }}
        />
      )}
      {dialog === 'stage' && <StageChangeModal editor={editor} onClose={close} />}
    </div>
  );
}

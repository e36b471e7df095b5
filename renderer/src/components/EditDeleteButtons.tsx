// A table row's 编辑 and 删除 link buttons, for the lists inside a record.
import { Button } from 'antd';
import { useT } from '../i18n/I18nContext';

interface Props {
  onEdit: () => void;
  onDelete: () => void;
}

/** A row's 编辑 and 删除 link buttons; the caller lays them out (in a `Space`). */
export function EditDeleteButtons({ onEdit, onDelete }: Props) {
  const t = useT();
  return (
    <>
      <Button size="small" type="link" onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Button size="small" type="link" danger onClick={onDelete}>
        {t('common.delete')}
      </Button>
    </>
  );
}

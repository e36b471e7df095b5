// The numbered copies of a meeting pack: 第001份 with 打开 and 打印 for each.
import { Button, Space, Typography } from 'antd';
import type { Generation } from '../../api/contract-types';
import { useT } from '../../i18n/I18nContext';
import { useFileActions } from './useFileActions';

/** The numbered copies of a meeting pack: 第001份 with 打开 and 打印 for each. */
export function CopyFiles({ generation }: { generation: Generation }) {
  const t = useT();
  const actions = useFileActions();
  const copies = generation.files.filter((f) => f.format === 'pdf' && f.copyNumber !== null);
  if (copies.length === 0) return null;
  return (
    <Space size={[16, 4]} wrap className="doc-copies" data-testid="generation-copies">
      {copies.map((file) => {
        const number = file.copyNumber ?? '';
        return (
          <Space
            key={file.name}
            size={0}
            className="doc-copy"
            data-testid={`generation-copy-${number}`}
          >
            <Typography.Text className="doc-nowrap">
              {t('documents.copyLabel', { number })}
            </Typography.Text>
            {(['open', 'print'] as const).map((action) => (
              <Button
                key={action}
                type="link"
                size="small"
                onClick={() => void actions[action](generation, file)}
                data-testid={`generation-copy-${action}-${number}`}
              >
                {t(`documents.${action}`)}
              </Button>
            ))}
          </Space>
        );
      })}
    </Space>
  );
}

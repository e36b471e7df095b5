// The primary 新建 button at the top of a list.
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';

/** The primary 新建 button at the top of a list. */
export function CreateButton({
  label,
  testId,
  onClick,
}: {
  label: string;
  testId: string;
  onClick: () => void;
}) {
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={onClick} data-testid={testId}>
      {label}
    </Button>
  );
}

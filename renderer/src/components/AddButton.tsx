// The 添加 button above a list inside a record (a contact, a policy, a member…).
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';

interface Props {
  label: string;
  testId: string;
  onClick: () => void;
  className?: string;
}

/** The 添加 button above a list inside a record. */
export function AddButton({ label, testId, onClick, className }: Props) {
  return (
    <Button className={className} icon={<PlusOutlined />} onClick={onClick} data-testid={testId}>
      {label}
    </Button>
  );
}

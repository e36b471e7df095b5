// A record page's tab label: its name, how many entries it holds, and how many need attention.
import { Badge, Space } from 'antd';

interface Props {
  /** The label's `data-testid`. */
  testId: string;
  text: string;
  /** How many entries the tab holds (grey); hidden at 0. */
  count: number;
  /** How many need attention (red for errors, orange for warnings); hidden at 0. */
  alert?: number;
  alertColor?: 'red' | 'orange';
}

/** A tab's label on a record page: its name, its size, and what needs attention. */
export function TabLabel({ testId, text, count, alert = 0, alertColor = 'red' }: Props) {
  return (
    <Space size={4} data-testid={testId}>
      {text}
      {count > 0 && <Badge count={count} color="#bfbfbf" overflowCount={999} size="small" />}
      {alert > 0 && (
        <Badge
          count={alert}
          overflowCount={999}
          size="small"
          {...(alertColor === 'orange' ? { color: 'orange' } : {})}
        />
      )}
    </Space>
  );
}

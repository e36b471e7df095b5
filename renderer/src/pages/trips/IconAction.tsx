// A row's small icon button, named by its tooltip and for screen readers.
import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';

interface IconActionProps {
  label: string;
  icon: ReactNode;
  testId: string;
  disabled?: boolean;
  danger?: boolean;
  onClick?: () => void;
}

/** A row's small icon button, named by its tooltip and for screen readers. */
export function IconAction({ label, icon, testId, disabled, danger, onClick }: IconActionProps) {
  return (
    <Tooltip title={label}>
      <Button
        size="small"
        type="text"
        icon={icon}
        aria-label={label}
        disabled={disabled}
        danger={danger}
        data-testid={testId}
        onClick={onClick}
      />
    </Tooltip>
  );
}

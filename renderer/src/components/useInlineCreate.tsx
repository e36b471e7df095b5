/** 新建… inside a record picker: the entry under the list, and the name typed before choosing it. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Divider } from 'antd';
import { useState, type ReactElement } from 'react';
import { useT } from '../i18n/I18nContext';

export interface InlineCreate {
  /** Spread onto the Select: its list's open state, the typed text, 新建… under the list. */
  selectProps: {
    open: boolean;
    onOpenChange: (open: boolean) => void;
    popupRender: (menu: ReactElement) => ReactElement;
  };
  /** Spread into the Select's `showSearch` object, so the typed text is kept for 新建…. */
  onSearch: (text: string) => void;
  /** The name typed when 新建… was chosen ('' when none), or null while no dialog is open. */
  creating: string | null;
  /** Closes the dialog (after a save or a cancel). */
  close: () => void;
}

/**
 * The state of one picker that can create its record in place: 新建… (or 新建“陈立新”… after
 * typing) under the list closes the list and opens the caller's form with the typed name; the
 * caller selects the new record on save. The form is rendered by the caller beside its own form,
 * not inside it, so its submit does not reach the outer form.
 */
export function useInlineCreate(testId: string): InlineCreate {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [creating, setCreating] = useState<string | null>(null);
  const name = typed.trim();

  return {
    selectProps: {
      open,
      onOpenChange: (next) => {
        setOpen(next);
        if (next) setTyped('');
      },
      popupRender: (menu) =>
        withCreateEntry(menu, {
          label: name ? t('picker.createNamed', { name }) : t('picker.create'),
          testId: `${testId}-create`,
          onClick: () => {
            setOpen(false);
            setCreating(name);
          },
        }),
    },
    onSearch: setTyped,
    creating,
    close: () => setCreating(null),
  };
}

/** A select's open list with an entry under it that creates a record (新建…, 新增人员). */
export function withCreateEntry(
  menu: ReactElement,
  entry: { label: string; testId: string; onClick: () => void },
): ReactElement {
  return (
    <>
      {menu}
      <Divider size="small" />
      <Button
        type="link"
        size="small"
        icon={<PlusOutlined />}
        // Keeps the focus (and any typed text) in the select until the click lands.
        onMouseDown={(event) => event.preventDefault()}
        onClick={entry.onClick}
        data-testid={entry.testId}
      >
        {entry.label}
      </Button>
    </>
  );
}

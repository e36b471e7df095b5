/** DateInput: the app's one date field, antd's picker in the app's locale, holding a 'YYYY-MM-DD' text. */
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
// The calendar's month and weekday names in Chinese (antd's zh_CN locale names 'zh-cn').
import 'dayjs/locale/zh-cn';
import { useState, type FormEvent } from 'react';

dayjs.extend(customParseFormat);

/** The text form every date of the forms and the API uses. */
export const DATE_FORMAT = 'YYYY-MM-DD';

interface Props {
  /** 'YYYY-MM-DD', or empty / null / absent for no date. */
  value?: string | null;
  /** Called with 'YYYY-MM-DD', or '' when the date was cleared. */
  onChange?: (value: string) => void;
  size?: 'small' | 'middle' | 'large';
  /** As wide as the form's other fields (the default is as wide as a date). */
  block?: boolean;
  /** Put on the text box, so tests can type into it. */
  'data-testid'?: string;
  id?: string;
}

/** The day a text names, when it is a whole, real 'YYYY-MM-DD' day. */
function toDay(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const day = dayjs(value, DATE_FORMAT, true);
  return day.isValid() ? day : null;
}

/**
 * A date box the same in every browser (no mm/dd/yyyy in an English one): pick from the calendar,
 * or type 'YYYY-MM-DD'. A whole typed day counts at once, as in the browser's own date box, and
 * closes the calendar so it covers nothing.
 */
export function DateInput({ value, onChange, size, block, id, 'data-testid': testId }: Props) {
  const [open, setOpen] = useState(false);
  const typed = (event: FormEvent<HTMLSpanElement>) => {
    const day = toDay((event.target as HTMLInputElement).value);
    if (!day) return;
    setOpen(false);
    const text = day.format(DATE_FORMAT);
    if (text !== value) onChange?.(text);
  };
  return (
    <span className="date-input" style={block ? { display: 'block' } : undefined} onChange={typed}>
      <DatePicker
        id={id}
        size={size}
        style={block ? { width: '100%' } : undefined}
        open={open}
        onOpenChange={setOpen}
        value={toDay(value)}
        format={DATE_FORMAT}
        placeholder={DATE_FORMAT}
        onChange={(day: Dayjs | null) => onChange?.(day ? day.format(DATE_FORMAT) : '')}
        data-testid={testId}
      />
    </span>
  );
}

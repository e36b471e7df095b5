/**
 * A money field as officers type amounts: 5亿, 5000万, 5,000 or 0.5亿 all read as 万元 (the
 * stored unit), the 亿元 equivalent shows while typing, and text it cannot read is refused
 * (the field turns red and the save is refused) instead of being guessed.
 */
import { Input, type InputProps } from 'antd';
import { useState } from 'react';
import { parseMoneyText } from '../../../../electron/core/api/money-text';

type Props = Omit<InputProps, 'value' | 'onChange'> & {
  /** Whole 万元, as the form holds it; NaN while the text cannot be read. */
  value?: number | null;
  onChange?: (wan: number) => void;
};

/** `1234567` → `1,234,567`. */
function withSeparators(wan: number): string {
  return String(wan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** What the typed amount is, in the words a leader reads: `= 5 亿元` or `= 5,000 万元`. */
function equivalent(wan: number): string {
  if (wan >= 10_000)
    return `= ${(wan / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 4 })} 亿元`;
  return `= ${withSeparators(wan)} 万元`;
}

export function MoneyInput({ value, onChange, ...rest }: Props) {
  const shown = (v: number | null | undefined) =>
    v === null || v === undefined || Number.isNaN(v) ? '' : withSeparators(v);
  const [text, setText] = useState(() => shown(value));
  const parsed = parseMoneyText(text);

  // A value set from outside (a reset, a reload) replaces the text unless it already reads so.
  const [seen, setSeen] = useState(value);
  if (!Object.is(value, seen)) {
    setSeen(value);
    // NaN is this field's own refusal of the text: the text stays for the officer to correct.
    const ownRefusal = typeof value === 'number' && Number.isNaN(value);
    if (!ownRefusal && !(parsed.ok && parsed.wan === value)) setText(shown(value));
  }

  return (
    <Input
      {...rest}
      inputMode="decimal"
      value={text}
      status={parsed.ok ? undefined : 'error'}
      placeholder="如 5亿、5000万、5,000（万元）"
      suffix={
        <span className={parsed.ok ? 'money-hint' : 'money-hint money-hint-error'}>
          {parsed.ok ? (text.trim() === '' ? '万元' : equivalent(parsed.wan)) : '无法识别'}
        </span>
      }
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const read = parseMoneyText(next);
        onChange?.(read.ok ? read.wan : Number.NaN);
      }}
    />
  );
}

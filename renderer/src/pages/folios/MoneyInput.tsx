import { InputNumber, type InputNumberProps } from 'antd';

type Props = Omit<InputNumberProps, 'precision' | 'formatter' | 'min' | 'max' | 'step'>;

/** `1234567` → `1,234,567` while typing; the default parser drops the commas again. */
function withSeparators(value: string | number | undefined): string {
  return value === undefined ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A whole number of 万元, shown with thousands separators. */
export function MoneyInput(props: Props) {
  return (
    <InputNumber
      {...props}
      className="full-width"
      min={0}
      max={100_000_000}
      precision={0}
      step={100}
      formatter={withSeparators}
    />
  );
}

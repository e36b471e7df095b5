// DateInput: the shared date field shows and hands back 'YYYY-MM-DD' texts, typed or picked.
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateInput } from '../../../renderer/src/components/DateInput';

function Harness({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateInput value={value} onChange={setValue} data-testid="day" />
      <output data-testid="value">{value}</output>
    </>
  );
}

describe('DateInput', () => {
  it('shows the stored day as YYYY-MM-DD', () => {
    render(<Harness initial="2026-03-05" />);
    const box = screen.getByTestId('day');
    expect(box.tagName).toBe('INPUT');
    expect((box as HTMLInputElement).value).toBe('2026-03-05');
  });

  it('a whole typed day counts at once', () => {
    render(<Harness initial="" />);
    fireEvent.change(screen.getByTestId('day'), { target: { value: '2026-04-06' } });
    expect(screen.getByTestId('value').textContent).toBe('2026-04-06');
  });

  it('a typed day followed by Enter counts', () => {
    render(<Harness initial="2026-01-01" />);
    const box = screen.getByTestId('day');
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: '2026-12-31' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter' });
    expect(screen.getByTestId('value').textContent).toBe('2026-12-31');
  });

  it('half a day or one that does not exist changes nothing', () => {
    render(<Harness initial="2026-01-01" />);
    const box = screen.getByTestId('day');
    fireEvent.change(box, { target: { value: '2026-02-3' } });
    fireEvent.change(box, { target: { value: '2026-02-30' } });
    expect(screen.getByTestId('value').textContent).toBe('2026-01-01');
  });
});

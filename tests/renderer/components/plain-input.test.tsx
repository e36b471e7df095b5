// Checks text boxes clean pasted text: one-line boxes lose breaks and hidden characters, areas keep breaks.
import { fireEvent, render, screen } from '@testing-library/react';
import { Input } from 'antd';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installPlainInput } from '../../../renderer/src/text/plain-input';

function Boxes({ seen }: { seen: string[] }) {
  const [name, setName] = useState('');
  const [notes, setNotes] = useState('');
  return (
    <>
      <Input
        data-testid="name"
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          seen.push(e.target.value);
        }}
      />
      <Input.TextArea
        data-testid="notes"
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
      />
    </>
  );
}

/** A paste event carrying `text`, as the browser sends it. */
function paste(target: Element, text: string): boolean {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  return target.dispatchEvent(event);
}

let uninstall: () => void = () => undefined;
beforeEach(() => {
  uninstall = installPlainInput(document);
});
afterEach(() => uninstall());

describe('text boxes clean what is pasted into them', () => {
  it('a one-line box gets the pasted text without breaks, bidi controls or zero-width characters', () => {
    const seen: string[] = [];
    render(<Boxes seen={seen} />);
    const name = screen.getByTestId('name') as HTMLInputElement;
    fireEvent.change(name, { target: { value: '天水' } });
    name.setSelectionRange(2, 2);
    expect(paste(name, '麻辣烫\r\n产业园ABC\u202Egpj.exe\u200B')).toBe(false);
    expect(name.value).toBe('天水麻辣烫 产业园ABCgpj.exe');
    // The form saw it: React's onChange ran with the clean value.
    expect(seen.at(-1)).toBe('天水麻辣烫 产业园ABCgpj.exe');
  });

  it('a text area keeps the line breaks and loses the rest', () => {
    render(<Boxes seen={[]} />);
    const notes = screen.getByTestId('notes') as HTMLTextAreaElement;
    expect(paste(notes, '第一行\r\n第二行\u2066\u0007')).toBe(false);
    expect(notes.value).toBe('第一行\n第二行');
  });

  it('leaves a clean paste to the browser', () => {
    render(<Boxes seen={[]} />);
    expect(paste(screen.getByTestId('name'), '天水 麻辣烫')).toBe(true);
  });
});

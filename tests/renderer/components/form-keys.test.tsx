// Keyboard in forms: the first field has the focus, Enter and Ctrl+S save, no English "Clear" Tab stop.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Form, Select } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../renderer/src/api/contract-types';
import { focusFirstField } from '../../../renderer/src/components/form-keys';
import { PersonFormModal } from '../../../renderer/src/pages/people/PersonFormModal';
import { fakeApi } from '../helpers/fake-api';
import { person } from '../helpers/fixtures';
import { renderPage } from '../helpers/render';

function openForm() {
  const create = vi.fn<DossierApi['people.create']>((input) =>
    Promise.resolve(person('person-0009', input.name)),
  );
  const onSaved = vi.fn();
  renderPage(<PersonFormModal onClose={vi.fn()} onSaved={onSaved} />, {
    api: fakeApi({ 'people.create': create }),
  });
  return { create, onSaved };
}

describe('form keyboard', () => {
  it('opens with the focus on the first field, not on ✕', async () => {
    openForm();
    const name = await screen.findByTestId('person-form-name');
    await waitFor(() => expect(document.activeElement).toBe(name));
  });

  it('leaves the focus where the officer already is when the dialog finishes opening', () => {
    const root = document.createElement('div');
    root.innerHTML = '<input data-first /><input data-second />';
    document.body.append(root);
    const second = root.querySelector<HTMLInputElement>('[data-second]');
    second?.focus();
    focusFirstField(root);
    expect(document.activeElement).toBe(second);
    second?.blur();
    focusFirstField(root);
    expect(document.activeElement).toBe(root.querySelector('[data-first]'));
    root.remove();
  });

  it('Enter in a field saves', async () => {
    const { create, onSaved } = openForm();
    const name = await screen.findByTestId('person-form-name');
    fireEvent.change(name, { target: { value: '何晓东' } });
    fireEvent.keyDown(name, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ name: '何晓东' }));
  });

  it('Ctrl+S saves from any field, Enter while composing Chinese does not', async () => {
    const { create } = openForm();
    const name = await screen.findByTestId('person-form-name');
    fireEvent.change(name, { target: { value: '王磊' } });
    const title = screen.getByTestId('person-form-title');
    fireEvent.keyDown(title, { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true });
    expect(create).not.toHaveBeenCalled();
    fireEvent.keyDown(title, { key: 's', code: 'KeyS', ctrlKey: true });
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
  });

  it('a clearable select’s × is named in Chinese and is no Tab stop', async () => {
    renderPage(
      <Form initialValues={{ who: 'a' }}>
        <Form.Item name="who">
          <Select allowClear options={[{ value: 'a', label: '何晓东' }]} />
        </Form.Item>
      </Form>,
      { api: fakeApi({}) },
    );
    await screen.findByText('何晓东');
    await waitFor(() => {
      const clear = document.querySelector<HTMLElement>('.ant-select-clear');
      expect(clear?.getAttribute('aria-label')).toBe('清除');
      expect(clear?.tabIndex).toBe(-1);
    });
  });
});

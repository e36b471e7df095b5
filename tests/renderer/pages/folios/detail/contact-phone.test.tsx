// A contact's or a host's mobile number is checked in the form like a person's: 11 digits, landlines as written.
import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ContactModal } from '../../../../../renderer/src/pages/folios/detail/ContactModal';
import { HostModal } from '../../../../../renderer/src/pages/trips/HostModal';
import { fakeApi } from '../../../helpers/fake-api';
import { expectRefusedInForm, fill, submit } from '../../../helpers/form';
import { renderPage } from '../../../helpers/render';

describe('phone numbers of contacts and hosts', () => {
  it('a contact with a 10-digit mobile number is not saved; a landline is', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    renderPage(<ContactModal onSubmit={onSubmit} onClose={vi.fn()} />, { api: fakeApi({}) });
    await fill({ 'contact-form-name': '刘经理', 'contact-form-phone': '1391234567' });
    await expectRefusedInForm('手机号码应为 11 位数字（现在是 10 位），如 13912345678', onSubmit);

    await fill({ 'contact-form-phone': '0938-8211009' });
    submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]).toEqual([expect.objectContaining({ phone: '0938-8211009' })]);
  });

  it('a host’s mobile number with a wrong second digit is refused', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    renderPage(<HostModal onSubmit={onSubmit} onClose={vi.fn()} />, { api: fakeApi({}) });
    await fill({ 'host-form-phone': '12012345678' });
    await expectRefusedInForm('手机号码的第二位应为 3–9，如 13912345678', onSubmit);
  });
});

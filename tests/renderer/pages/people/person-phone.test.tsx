// Checks the person form refuses a mobile number that is not 11 digits before saving, and saves a right one.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../../renderer/src/api/contract-types';
import { PeoplePage } from '../../../../renderer/src/pages/people/PeoplePage';
import { fakeApi } from '../../helpers/fake-api';
import { person } from '../../helpers/fixtures';
import { expectRefusedInForm, fill, submit } from '../../helpers/form';
import { renderPage } from '../../helpers/render';

describe('人员 form: mobile number', () => {
  it('a 10-digit mobile number is refused in the form; 11 digits save', async () => {
    const create = vi.fn<DossierApi['people.create']>((input) =>
      Promise.resolve({ ...person('person-0009', '何晓东', ''), phone: input.phone ?? '' }),
    );
    const api = fakeApi({
      'people.list': vi.fn(() => Promise.resolve([])),
      'people.create': create,
    });
    renderPage(<PeoplePage />, { api });
    fireEvent.click(await screen.findByTestId('person-create'));
    await fill({ 'person-form-name': '何晓东', 'person-form-phone': '1381234567' });
    await expectRefusedInForm('手机号码应为 11 位数字（现在是 10 位），如 13912345678', create);

    await fill({ 'person-form-phone': '13812345678' });
    submit();
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]?.[0]).toMatchObject({ name: '何晓东', phone: '13812345678' });
  });
});

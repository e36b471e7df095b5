// The trip's 政策包 form says what is missing: no links at all, or linked folios without a 客商.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TripBriefingForm } from '../../../renderer/src/pages/trips/documents/TripBriefingForm';
import { fakeApi } from '../helpers/fake-api';
import { renderPage } from '../helpers/render';

describe('政策包 with no enterprise to make it for', () => {
  it('says the linked folios lack a 客商 when folios are linked', () => {
    renderPage(
      <TripBriefingForm
        tripId="trip-1"
        enterprises={[]}
        linkedFolios={2}
        busy={false}
        onSubmit={vi.fn()}
      />,
      { api: fakeApi({}) },
    );
    const text = screen.getByTestId('trip-policy-missing').textContent ?? '';
    expect(text).toContain('关联的 2 个项目都还没有填写客商');
    expect(text).not.toContain('还没有关联企业或项目');
    expect(screen.getByTestId('trip-document-submit').hasAttribute('disabled')).toBe(true);
  });

  it('says nothing is linked when nothing is', () => {
    renderPage(
      <TripBriefingForm tripId="trip-1" enterprises={[]} busy={false} onSubmit={vi.fn()} />,
      { api: fakeApi({}) },
    );
    expect(screen.getByTestId('trip-policy-missing').textContent).toContain(
      '考察还没有关联企业或项目',
    );
  });
});

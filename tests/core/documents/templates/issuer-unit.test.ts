// Checks 落款单位: briefings signed with the unit from 设置, or the workspace name; too long refused.
import { describe, expect, it } from 'vitest';
import { flat, openBriefingCore, renderBoth } from './helpers';

describe('落款单位', () => {
  it('signs briefings with the unit set in 设置, and with the workspace’s name when it is cleared', async () => {
    const core = await openBriefingCore();
    const [folio] = core.session.store().all('folios');
    if (!folio) throw new Error('the demo has folios');
    const request = { template: 'projectBrief', folioId: folio.id } as const;
    const workspaceName = core.session.store().meta.name;
    expect(core.compose(request).briefing.title.issuer).toBe(workspaceName);

    await core.call('workspace.update', { issuerUnit: '  陇南市投资促进局  ' });
    const signed = core.compose(request).briefing;
    expect(signed.title.issuer).toBe('陇南市投资促进局');
    const { pdfText, docxText } = await renderBoth(signed);
    for (const text of [pdfText, docxText]) expect(flat(text)).toContain('陇南市投资促进局');

    await core.call('workspace.update', { issuerUnit: '' });
    expect(core.compose(request).briefing.title.issuer).toBe(workspaceName);
  });

  it('refuses a unit longer than 60 characters, in Chinese', async () => {
    const core = await openBriefingCore();
    await expect(core.call('workspace.update', { issuerUnit: '局'.repeat(61) })).rejects.toThrow(
      '落款单位不能超过 60 个字',
    );
  });
});

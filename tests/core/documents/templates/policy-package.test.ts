// Checks 政策包: policies grouped by kind with the steward's contact, per folio or per enterprise.
import { describe, expect, it } from 'vitest';
import { POLICY_KIND_LABELS } from '../../../../electron/core/model/display-text';
import {
  blankFolioTexts,
  flat,
  expectNotFound,
  named,
  openBriefingCore,
  renderBoth,
} from './helpers';

describe('政策包', () => {
  it('lists one folio’s policies grouped by kind, with the steward’s contact', async () => {
    const core = await openBriefingCore();
    const store = core.session.store();
    const folio = named(store.all('folios'), 'AI智算协同产业化平台项目');
    const steward = store.get('people', folio.stewardId ?? '');
    const { briefing, title } = core.compose({ template: 'policyPackage', folioId: folio.id });
    expect(title).toBe(`政策包：${folio.name}`);
    const { pdfText, docxText } = await renderBoth(briefing);
    for (const text of [pdfText, docxText]) {
      const page = flat(text);
      expect(page).toContain(`共${folio.policies.length}项政策支持事项`);
      for (const p of folio.policies) expect(page).toContain(flat(p.content));
      for (const kind of new Set(folio.policies.map((p) => p.kind))) {
        expect(page).toContain(flat(POLICY_KIND_LABELS[kind]));
      }
      expect(page).toContain(`项目管家：${steward?.name}`);
      expect(page).toContain(`联系电话：${steward?.phone}`);
    }
    // Kinds come in one fixed order, each heading once.
    const kinds = briefing.blocks.flatMap((b) =>
      b.kind === 'heading' && b.level === 2 ? [b.text] : [],
    );
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('covers every folio of an enterprise, naming the folio of each item', async () => {
    const core = await openBriefingCore();
    const store = core.session.store();
    const anchor = named(store.all('folios'), '高性能AI算力服务器智造项目');
    const enterprise = store.get('enterprises', anchor.enterpriseId ?? '');
    const folios = [...store.all('folios')].filter((f) => f.enterpriseId === enterprise?.id);
    expect(folios.length).toBeGreaterThan(1);
    const { briefing, recordIds } = core.compose({
      template: 'policyPackage',
      enterpriseId: enterprise?.id,
    });
    expect(new Set(recordIds)).toEqual(new Set([enterprise?.id, ...folios.map((f) => f.id)]));
    const { pdfText } = await renderBoth(briefing);
    const page = flat(pdfText);
    expect(page).toContain(flat(`${enterprise?.name}政策包`));
    expect(page).toContain(`在我市投资的${folios.length}个项目`);
    const count = folios.reduce((n, f) => n + f.policies.length, 0);
    expect(page).toContain(`共${count}项政策支持事项`);
    for (const f of folios.filter((x) => x.policies.length > 0)) {
      expect(page).toContain(flat(`适用项目：${f.name}`));
    }
  });

  it('says plainly when a folio has no policy and no steward yet', async () => {
    for (const page of await blankFolioTexts('policyPackage', '新洽谈项目')) {
      expect(page).toContain('新洽谈项目暂未确定政策支持事项。');
      expect(page).toContain('尚未指定项目管家');
    }
  });

  it('fails naming the field of a missing folio or enterprise', async () => {
    const core = await openBriefingCore();
    expectNotFound(core, { template: 'policyPackage', folioId: 'gone-folio' }, 'folioId');
    const request = { template: 'policyPackage', enterpriseId: 'gone-firm' } as const;
    const byFirm = expectNotFound(core, request, 'enterpriseId');
    expect(byFirm.message).toContain('企业');
  });
});

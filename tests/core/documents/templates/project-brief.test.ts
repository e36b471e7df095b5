// Checks 项目简报: a demo folio in PDF and DOCX alike, newest progress first, empty folio, marks, file name.
import { describe, expect, it } from 'vitest';
import { chineseDate } from '../../../../electron/core/documents/templates/common';
import { PROGRESS_CAP } from '../../../../electron/core/documents/templates/project-brief';
import { showWan } from '../../../../electron/core/model/display-text';
import { STAGE_LABELS } from '../../../../electron/core/model/display-text';
import {
  blankFolioTexts,
  expectNotFound,
  flat,
  named,
  openBriefingCore,
  renderBoth,
} from './helpers';

describe('项目简报', () => {
  it('tells a demo folio: basics, money, checklists, blockers, progress, in PDF and DOCX alike', async () => {
    const core = await openBriefingCore();
    const store = core.session.store();
    const folio = named(store.all('folios'), 'AI智算协同产业化平台项目');
    const steward = store.get('people', folio.stewardId ?? '');
    const { briefing, title, fileStem, recordIds } = core.compose({
      template: 'projectBrief',
      folioId: folio.id,
    });
    expect(title).toBe(`项目简报：${folio.name}`);
    expect(fileStem).toBe(`项目简报-${folio.name}-${core.session.today().replace(/-/g, '')}`);
    expect(recordIds).toEqual([folio.id]);

    const { pdfText, docxText } = await renderBoth(briefing);
    const newest = [...folio.progress].sort((a, b) => b.date.localeCompare(a.date))[0];
    const open = folio.blockers.find((b) => b.status === 'inProgress');
    const done = folio.demandItems.find((i) => i.doneOn);
    const overdue = folio.demandItems.find(
      (i) => !i.doneOn && i.due && i.due < core.session.today(),
    );
    for (const text of [pdfText, docxText]) {
      const page = flat(text);
      expect(page).toContain(flat(folio.name));
      expect(page).toContain(flat(showWan(folio.totalInvestment)));
      expect(page).toContain(flat(showWan(folio.fundsInPlace)));
      expect(page).toContain(`项目当前处于“${STAGE_LABELS[folio.stage]}”阶段`);
      expect(page).toContain(flat(`${steward?.name}，`));
      expect(page).toContain(flat(steward?.phone ?? '—'));
      expect(page).toContain(flat(folio.supplyItems[0]?.text ?? '—'));
      expect(page).toContain(`${chineseDate(newest?.date)}：`);
      expect(page).toContain(flat(open?.problem ?? '—'));
      expect(page).toContain(flat(`${done?.doneOn}${done?.doneBy}`));
      if (overdue) expect(page).toContain('逾期未销号');
      expect(page).toContain('需求侧清单');
      expect(page).toContain('要素保障供给侧清单');
      expect(page).toContain('下一步工作');
    }
  });

  it('prints the newest progress entries first and says how many older ones it left out', async () => {
    const core = await openBriefingCore();
    const folio = named(core.session.store().all('folios'), '天水算力调度中心项目');
    const extra = Array.from({ length: PROGRESS_CAP + 3 }, (_, i) => ({
      date: `2026-10-${String(i + 1).padStart(2, '0')}`,
      author: '测试',
      text: `第${i + 1}次周晒进度`,
    }));
    await core.call('folios.update', {
      id: folio.id,
      rev: folio.rev,
      progress: [...folio.progress, ...extra],
    });
    const total = folio.progress.length + extra.length;
    const { pdfText } = await renderBoth(
      core.compose({ template: 'projectBrief', folioId: folio.id }).briefing,
    );
    const page = flat(pdfText);
    expect(page).toContain(`另有较早的进度记录${total - PROGRESS_CAP}条，未列出。`);
    const last = `第${extra.length}次周晒进度`;
    expect(page).toContain(last);
    expect(page.indexOf(last)).toBeLessThan(page.indexOf(`第${extra.length - 1}次周晒进度`));
  });

  it('gives a valid document for a folio with nothing filled in, saying so', async () => {
    for (const page of await blankFolioTexts('projectBrief', '空白项目')) {
      expect(page).toContain('空白项目简报');
      // Empty fields are left out, not printed as 未填写 / 未指定.
      expect(page).not.toContain('未填写');
      expect(page).not.toContain('投资主体');
      expect(page).not.toContain('项目管家');
      expect(page).not.toContain('资金到位率');
      expect(page).toContain('暂无进度记录。');
      expect(page).toContain('暂无清单事项。');
      expect(page).toContain('暂无堵点难点。');
    }
  });

  it('puts the ticked marks in the title block', async () => {
    const core = await openBriefingCore();
    const folio = named(core.session.store().all('folios'), '燧弘算力研究院');
    const { briefing } = core.compose(
      { template: 'projectBrief', folioId: folio.id },
      { internal: true, draft: true, copyNumber: '000017', classification: '', urgency: '特急' },
    );
    expect(briefing.marks).toEqual({ internal: true, draft: true });
    expect(briefing.title).toMatchObject({ copyNumber: '000017', urgency: '特急' });
    expect(briefing.title.classification).toBeUndefined();
    expect(briefing.title.issuer).toBe(core.session.store().meta.name);
    const { pdfText } = await renderBoth(briefing);
    expect(flat(pdfText)).toContain('000017');
    expect(flat(pdfText)).toContain(flat(chineseDate(core.session.today())));
  });

  it('fails naming folioId for a folio that is not there', async () => {
    const core = await openBriefingCore();
    const request = { template: 'projectBrief', folioId: 'no-such-folio' } as const;
    expect(expectNotFound(core, request, 'folioId').message).toContain('项目');
  });

  it('makes a file name no file system refuses', async () => {
    const core = await openBriefingCore({ demo: false });
    const group = await core.call('groups.create', { kind: 'project', name: '测试专班' });
    const folio = await core.call('folios.create', {
      groupId: group.id,
      name: '天水/麻辣烫:产业园*二期?"A"<B>|C',
    });
    const { fileStem } = core.compose({ template: 'projectBrief', folioId: folio.id });
    expect(fileStem).not.toMatch(/[\\/:*?"<>|]/);
    expect(fileStem).toContain('天水_麻辣烫_产业园_二期__A__B__C');
  });
});

/** The enum values shared by core and renderer: every value has a label, in the core and in both languages. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as values from '../../../electron/core/model/enum-values';
import * as options from '../../../renderer/src/components/enum-options';
import {
  loadDictionary,
  translate,
  type Lang,
  type Translate,
} from '../../../renderer/src/i18n/translate';

beforeAll(() => loadDictionary('en'));

/** Each enum: its values, the core's Chinese labels and the renderer's options for it. */
const ENUMS = [
  ['stage', values.STAGES, values.STAGE_LABELS, options.stageOptions],
  ['groupKind', values.GROUP_KINDS, values.GROUP_KIND_LABELS, options.groupKindOptions],
  [
    'enterpriseKind',
    values.ENTERPRISE_KINDS,
    values.ENTERPRISE_KIND_LABELS,
    options.enterpriseKindOptions,
  ],
  ['tripKind', values.TRIP_KINDS, values.TRIP_KIND_LABELS, options.tripKindOptions],
  ['itemKind', values.TRIP_ITEM_KINDS, values.TRIP_ITEM_KIND_LABELS, options.itemKindOptions],
  [
    'blockerStatus',
    values.BLOCKER_STATUSES,
    values.BLOCKER_STATUS_LABELS,
    options.blockerStatusOptions,
  ],
  ['policyKind', values.POLICY_KINDS, values.POLICY_KIND_LABELS, options.policyKindOptions],
  ['financeKind', values.FINANCE_KINDS, values.FINANCE_KIND_LABELS, options.financeKindOptions],
  [
    'policyStatus',
    values.POLICY_STATUSES,
    values.POLICY_STATUS_LABELS,
    options.policyStatusOptions,
  ],
] as const;

const tIn =
  (lang: Lang): Translate =>
  (key, params) =>
    translate(lang, key, params);

describe('enum values and labels', () => {
  it.each(ENUMS)('%s: the core labels every value, and nothing else', (_, list, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...list].sort());
    for (const label of Object.values<string>(labels)) expect(label.trim()).not.toBe('');
  });

  it.each(ENUMS)('%s: the options list every value, in order, labelled', (_, list, __, of) => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const shown = of(tIn(lang));
      expect(shown.map((o) => o.value)).toEqual([...list]);
      // A missing dictionary entry would show its key (e.g. `stage.lead`) instead of a word.
      for (const option of shown) expect(option.label).not.toMatch(/^[\w.]+\.\w+$/);
    }
  });

  it.each(ENUMS)('%s: the Chinese screen says what the core prints', (_, list, labels, of) => {
    const shown = of(tIn('zh-CN'));
    const differing = list.filter(
      (value, i) => shown[i]?.label !== (labels as Record<string, string>)[value],
    );
    expect(differing).toEqual([]);
  });
});

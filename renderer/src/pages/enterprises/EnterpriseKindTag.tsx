// An enterprise's kind as a tag: 上市公司 · 央企 · 国企 · 民企 · 外资 · 商会, each in its colour.
import { Tag } from 'antd';
import type { EnterpriseKind } from '../../api/contract-types';
import { useT } from '../../i18n/I18nContext';

const KIND_COLORS: Record<EnterpriseKind, string> = {
  listed: 'blue',
  central: 'red',
  state: 'volcano',
  private: 'green',
  foreign: 'purple',
  chamber: 'gold',
};

/** 上市公司 · 央企 · 国企 · 民企 · 外资 · 商会, each in its own colour. */
export function EnterpriseKindTag({ kind }: { kind: EnterpriseKind }) {
  const t = useT();
  return <Tag color={KIND_COLORS[kind]}>{t(`enterpriseKind.${kind}`)}</Tag>;
}

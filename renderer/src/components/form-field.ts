// What the labelled fields of a form share: their test ids and the "must not be blank" rule.
import type { Rule } from 'antd/es/form';
import { createContext, useContext } from 'react';
import { useT } from '../i18n/I18nContext';

/** The `data-testid` of the form a field sits in; its fields are `<form test id>-<name>`. */
export const FormTestIdContext = createContext<string | undefined>(undefined);

/** A field's `data-testid`: the one given, else the form's test id and the field's name. */
export function useFieldTestId(name: string, given: string | undefined): string | undefined {
  const form = useContext(FormTestIdContext);
  return given ?? (form === undefined ? undefined : `${form}-${name}`);
}

/** `true`: must be filled in, and says "请填写<label>"; a text: says that; absent: may stay empty. */
export type Required = true | string | undefined;

/** The rules of a field that must be filled in (text: not only spaces either). */
export function useRequiredRules(label: string, required: Required, text: boolean): Rule[] {
  const t = useT();
  if (required === undefined) return [];
  const message = required === true ? t('folioDetail.fillIn', { label }) : required;
  return [text ? { required: true, whitespace: true, message } : { required: true, message }];
}

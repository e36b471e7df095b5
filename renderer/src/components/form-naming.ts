// What names a form modal: its titles for a new record and an edit, its test id, its error fields.

/** What a form hook is told to name its modal: its two titles, its test id, its error fields. */
export interface FormNaming {
  /** The title for a new record (or item) and for an edit. */
  titles: { create: string; edit: string };
  formTestId: string;
  fieldNames: readonly string[];
}

/** The naming props of `FormModal` for a new record (`editing` false) or an edit. */
export function namingProps({ titles, formTestId, fieldNames }: FormNaming, editing: boolean) {
  return { title: editing ? titles.edit : titles.create, formTestId, fieldNames };
}

// `{name}` placeholders of a message filled from its parameters (translate, and the first screen).

export type Params = Record<string, string | number>;

/** `text` with each `{name}` that `params` has replaced by its value; others stay as written. */
export function fillPlaceholders(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

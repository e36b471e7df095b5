// What the build's prerender of the first screen gives index.html (scripts/first-screen).

/** What the build puts into index.html for the entry script (see first-screen/draw.ts). */
export interface FirstScreenParts {
  /** The markup of #root's content, as React's first frame of #/folios renders it. */
  markup: string;
  /** antd's theme variables for that markup (made at run time by the app, here ahead). */
  css: string;
  /** Every class the markup's elements have: the style sheet's rules for them go in the head. */
  classes: string[];
  /** The list's summary line with its `{count}`, `{total}`, `{funds}` placeholders. */
  summary: string;
  /** The unit of the summary's sums (亿元). */
  yiUnit: string;
}

/**
 * Marks index.html's link to the app's style sheet, held back (`disabled`: not loaded, not waited
 * for) until the first screen has been painted; app/page-ready.ts then loads and applies it. The first screen is drawn with the sheet's rules for its own classes, which the head
 * carries in a style element with FIRST_SCREEN_CSS_ATTRIBUTE.
 */
export const HELD_SHEET_ATTRIBUTE = 'data-after-first-screen';
export const FIRST_SCREEN_CSS_ATTRIBUTE = 'data-first-screen-css';

// What the build's prerender of the first screen gives index.html (scripts/first-screen).

/** What the build puts into index.html for the entry script (see first-screen/draw.ts). */
export interface FirstScreenParts {
  /** The markup of #root's content, as React's first frame of #/folios renders it. */
  markup: string;
  /** antd's theme variables for that markup (made at run time by the app, here ahead). */
  css: string;
  /** The list's summary line with its `{count}`, `{total}`, `{funds}` placeholders. */
  summary: string;
  /** The unit of the summary's sums (亿元). */
  yiUnit: string;
}

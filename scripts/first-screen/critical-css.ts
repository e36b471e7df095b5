// The part of the app's style sheet the first screen's markup can use, for index.html's head.
import postcss, { type AtRule, type Root } from 'postcss';

/** A selector with what is inside brackets and parentheses (`:not(…)`, `[class^=…]`) left out. */
function outerSelector(selector: string): string {
  let outer = '';
  let depth = 0;
  for (const char of selector) {
    if (char === '(' || char === '[') depth++;
    if (depth === 0) outer += char;
    if ((char === ')' || char === ']') && depth > 0) depth--;
  }
  return outer;
}

/**
 * Whether `selector` may match an element of a page whose elements have only `classes`: every
 * class it names outside brackets and parentheses is one of them. Classes inside `:not(…)`,
 * `:where(…)` or `:is(…)` are not weighed, so a selector is kept when in doubt, never dropped.
 */
export function mayMatch(selector: string, classes: ReadonlySet<string>): boolean {
  const named = outerSelector(selector).matchAll(/\.(-?[_a-zA-Z][\w-]*)/g);
  for (const [, name] of named) if (name && !classes.has(name)) return false;
  return true;
}

const isKeyframes = (node: AtRule) => /keyframes$/i.test(node.name);

/** The @keyframes no kept declaration names (in `animation` or `animation-name`). */
function dropUnusedKeyframes(sheet: Root): void {
  const used = new Set<string>();
  sheet.walkDecls(/^animation(-name)?$/i, (decl) => {
    for (const word of decl.value.split(/[\s,]+/)) used.add(word);
  });
  sheet.walkAtRules((node) => {
    if (isKeyframes(node) && !used.has(node.params.trim())) node.remove();
  });
}

/** Media queries, supports and layer blocks left with nothing inside. */
function dropEmptyBlocks(sheet: Root): void {
  let emptied = true;
  while (emptied) {
    emptied = false;
    sheet.walkAtRules((node) => {
      if (!node.nodes || node.nodes.length > 0) return;
      node.remove();
      emptied = true;
    });
  }
}

/**
 * The rules of `css` that may apply to a page whose elements have only `classes` (see mayMatch),
 * with the at-rules they need, in their order and with their text: for those elements it gives
 * what the whole sheet gives. Parsed and printed by PostCSS.
 */
export function criticalCss(css: string, classes: ReadonlySet<string>): string {
  const sheet = postcss.parse(css);
  sheet.walkRules((rule) => {
    const parent = rule.parent;
    if (parent?.type === 'atrule' && isKeyframes(parent as AtRule)) return;
    if (!rule.selectors.some((selector) => mayMatch(selector, classes))) rule.remove();
  });
  dropUnusedKeyframes(sheet);
  dropEmptyBlocks(sheet);
  return sheet.toString();
}

// The renderer build's step that puts the folio list's prerendered first screen into index.html.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { FONT_STACK } from '../../renderer/src/app/font-stack';
import {
  FIRST_SCREEN_CSS_ATTRIBUTE,
  HELD_SHEET_ATTRIBUTE,
  type FirstScreenParts,
} from '../../renderer/src/first-screen/parts';
import { criticalCss } from './critical-css';

const SCRIPT = fileURLToPath(new URL('./prerender.ts', import.meta.url));
const ROOT = '<div id="root"></div>';

function prerender(): Promise<FirstScreenParts> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', SCRIPT],
      // Production React and antd: their class names are the built app's.
      { env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`Prerendering the first screen failed:\n${stderr}`));
        else resolve(JSON.parse(stdout) as FirstScreenParts);
      },
    );
  });
}

const attribute = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The inert template the entry draws the list from (renderer/src/first-screen/draw.ts). */
function templateOf(parts: FirstScreenParts): string {
  return (
    `<template id="first-screen" data-summary="${attribute(parts.summary)}" ` +
    `data-yi-unit="${attribute(parts.yiUnit)}"><style>${parts.css}</style>${parts.markup}</template>`
  );
}

/**
 * Chinese text, unseen, laid out in the page's first (blank) paint: the Chinese font is found and
 * loaded while the entry waits for its reads, not in the list's first frame (~25–60 ms of it on
 * the bench's Linux; finding a fallback font for Chinese is slow the first time).
 */
const FONT_WARM_UP =
  `<div aria-hidden="true" style="position:absolute;visibility:hidden;` +
  `font-family:${attribute(FONT_STACK)}">招商卷宗<b>项目</b></div>`;

const ENTRY = '<script type="module" crossorigin';

/**
 * The entry script runs as soon as it has loaded (async), not after the page's style sheet and
 * parsing: its first reads start that much sooner. It waits for the parsed page itself before it
 * draws or mounts (renderer/src/app/page-ready.ts).
 */
function asyncEntry(html: string): string {
  if (html.split(ENTRY).length !== 2) throw new Error(`index.html should have one ${ENTRY}`);
  return html.replace(ENTRY, `<script type="module" async crossorigin`);
}

/** index.html's links to style sheets the build made (`./assets/…css`). */
const SHEET_LINK = /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g;

/**
 * The app's style sheet held back until the first screen is on screen, and the sheet's rules for
 * the first screen's classes put in the head instead (80 KB of its 800): loading, parsing and
 * applying the whole sheet no longer comes before the list's first paint. The sheet is loaded
 * and applied once the first screen has been painted (renderer/src/app/page-ready.ts), before
 * the app mounts.
 */
function holdSheets(html: string, parts: FirstScreenParts, ctx: IndexHtmlTransformContext) {
  const classes = new Set(parts.classes);
  return html.replace(SHEET_LINK, (link, fileName: string) => {
    const sheet = ctx.bundle?.[fileName];
    if (sheet?.type !== 'asset') throw new Error(`index.html links ${fileName}, not in the build`);
    const rules = criticalCss(String(sheet.source), classes);
    if (/<\/style/i.test(rules)) throw new Error(`${fileName} has </style in it`);
    const held = link.replace(/>$/, ` disabled ${HELD_SHEET_ATTRIBUTE}>`);
    return `<style ${FIRST_SCREEN_CSS_ATTRIBUTE}>${rules}</style>\n    ${held}`;
  });
}

/**
 * Renders #/folios ahead with the app's own components (in a process of its own, started with the
 * build) and adds it to index.html as a template beside #root.
 */
export function firstScreenTemplate(): Plugin {
  let parts: Promise<FirstScreenParts> | undefined;
  return {
    name: 'dossier-first-screen',
    apply: 'build',
    buildStart() {
      parts = prerender();
      // Awaited below; a failure is reported there, not as an unhandled rejection meanwhile.
      parts.catch(() => undefined);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!html.includes(ROOT)) throw new Error(`index.html has no ${ROOT}`);
        const made = await (parts ?? prerender());
        const page = holdSheets(asyncEntry(html), made, ctx);
        return page.replace(ROOT, `${ROOT}\n    ${FONT_WARM_UP}\n    ${templateOf(made)}`);
      },
    },
  };
}

// The renderer build's step that puts the folio list's prerendered first screen into index.html.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { FONT_STACK } from '../../renderer/src/app/font-stack';
import type { FirstScreenParts } from '../../renderer/src/first-screen/parts';

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
      async handler(html) {
        if (!html.includes(ROOT)) throw new Error(`index.html has no ${ROOT}`);
        const template = templateOf(await (parts ?? prerender()));
        return asyncEntry(html).replace(ROOT, `${ROOT}\n    ${FONT_WARM_UP}\n    ${template}`);
      },
    },
  };
}

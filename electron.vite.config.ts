// The electron-vite build: main, web shell and document worker bundled whole, preload, renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import postcss from 'postcss';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { firstScreenTemplate } from './scripts/first-screen/plugin';

const root = import.meta.dirname;

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/** Every module `from` imports statically, itself included, through the whole graph. */
function staticClosure(from: string, graph: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const next = [from];
  for (let id = next.pop(); id !== undefined; id = next.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    next.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * Library parts the list does not show, left to the automatic chunks: antd's barrel import puts
 * every component in the static graph, so these would otherwise ride in the app's chunk.
 */
const LATER = new RegExp(
  [
    String.raw`[\/]antd[\/]es[\/](date-picker|calendar|time-picker|steps|upload|tabs|tree|tree-select|progress|list|descriptions|statistic|timeline|segmented|transfer|cascader|input-number|slider|rate|image|carousel|collapse|qr-code|tour|watermark|color-picker|splitter|anchor|float-button|mentions|avatar|drawer|popconfirm|auto-complete)[\/]`,
    String.raw`[\/]@rc-component[\/](picker|steps|upload|tabs|tree|tree-select|progress|segmented|cascader|input-number|mini-decimal|slider|rate|image|collapse|qrcode|tour|color-picker|mentions|drawer)[\/]`,
    String.raw`[\/]node_modules[\/](echarts|zrender|pinyin-pro|dayjs)[\/]`,
  ].join('|'),
);

/**
 * The app's code as one chunk: everything app/mount.tsx imports statically (React, antd's parts
 * the shell and the folio list use, the list) but what the entry already has, so a cold start
 * of the list fetches one file, not forty; pages and their parts load on demand (app/page-code).
 * What the entry imports is one small chunk of its own ('boot').
 */
function appChunk() {
  const entry = resolve(root, 'renderer/src/main.tsx');
  const mount = resolve(root, 'renderer/src/app/mount.tsx');
  let inEntry = new Set<string>();
  let app: Set<string> | null = null;
  return (id: string, graph: ModuleGraph) => {
    if (!app) {
      inEntry = staticClosure(entry, graph);
      app = staticClosure(mount, graph);
    }
    if (inEntry.has(id)) return 'boot';
    return app.has(id) && !LATER.test(id) ? 'app' : null;
  };
}

/**
 * index.html links the style sheets of the app's code (the mount chunk and everything it imports
 * statically), so the first screen's plugin can hold them back and put their rules for the first
 * screen in the head (scripts/first-screen/plugin.ts); the entry's import of the mount chunk then
 * finds them in place and does not add them again. The code itself is not preloaded: compiling
 * its 1.2 MB alongside took a core of a 2-core laptop from the list's first screen (about 50 ms
 * of its first paint). The entry imports it once that screen is painted, or at once when none is
 * drawn, and the import fetches the chunk's own imports together.
 */
function linkAppSheets(): Plugin {
  const mount = resolve(root, 'renderer/src/app/mount.tsx');
  return {
    name: 'dossier-link-app-sheets',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = new Map(
          Object.values(bundle ?? {}).flatMap((file) =>
            file.type === 'chunk' ? [[file.fileName, file] as const] : [],
          ),
        );
        const start = [...chunks.values()].find((file) => file.facadeModuleId === mount);
        if (!start) return [];
        const seen = new Set<string>();
        const sheets = new Set<string>();
        const next = [start.fileName];
        for (let name = next.shift(); name !== undefined; name = next.shift()) {
          const file = chunks.get(name);
          if (!file || seen.has(name)) continue;
          seen.add(name);
          for (const sheet of file.viteMetadata?.importedCss ?? []) sheets.add(sheet);
          next.push(...file.imports);
        }
        return [...sheets].map((href) => ({
          tag: 'link',
          attrs: { rel: 'stylesheet', crossorigin: true, href: `./${href}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * antd components the app never shows (nor do the ones it shows use them inside): their rules are
 * left out of antd's static sheet. Every style recalc matches elements against the sheet's rules,
 * and each component brings its own `[class^="ant-…"]` rules that are tried on every element.
 */
const UNUSED_ANTD = new Set(
  'affix anchor avatar back breadcrumb calendar carousel cascader collapse color drawer float image mentions qrcode rate ribbon slider splitter tour transfer tree watermark'.split(
    ' ',
  ),
);

/**
 * antd's sheet without the top-level rules that only name classes of UNUSED_ANTD components
 * (`.ant-tree …`; `.ant-select-tree` is the select's, kept). At-rules (media queries, keyframes)
 * stay whole. Parsed and printed by PostCSS, which keeps every kept rule's text as it was.
 */
export function withoutUnusedAntd(css: string): string {
  const sheet = postcss.parse(css);
  for (const node of [...sheet.nodes]) {
    if (node.type !== 'rule') continue;
    const names = [...node.selector.matchAll(/\.ant-([a-z]+)/g)].map((match) => match[1] ?? '');
    if (names.length > 0 && names.every((name) => UNUSED_ANTD.has(name))) node.remove();
  }
  return sheet.toString();
}

function trimAntdSheet(): Plugin {
  return {
    name: 'dossier-trim-antd-sheet',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]antd[\\/]dist[\\/]antd\.css$/.test(id)) return null;
      return { code: withoutUnusedAntd(code), map: null };
    },
  };
}

export default defineConfig({
  main: {
    // Every dependency of main, web and the document worker is bundled into out/main, so the
    // package ships no node_modules (only `electron` and Node's built-ins stay external).
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          web: resolve(root, 'electron/web/index.ts'),
          // Briefings are written on this worker thread (see electron/core/documents/render).
          'document-worker': resolve(root, 'electron/core/documents/render/worker-entry.ts'),
        },
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), linkAppSheets(), trimAntdSheet(), firstScreenTemplate()],
    build: {
      minify: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        output: {
          strictExecutionOrder: true,
          codeSplitting: { groups: [{ name: appChunk(), includeDependenciesRecursively: false }] },
        },
      },
    },
  },
});

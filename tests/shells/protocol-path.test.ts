// Checks resolveAppPath: the entry and assets served, every kind of traversal and drive path refused.
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  mimeTypeFor,
  originOf,
  resolveAppPath,
  resolveRequestPath,
} from '../../electron/shared/protocol-path';

const ROOT = resolve('/srv/dossier/out/renderer');

function refused(url: string): boolean {
  const result = resolveAppPath(ROOT, url);
  return !result.ok && (result.status === 403 || result.status === 404);
}

/** Request URLs that must be refused, by what they try. */
const REFUSED: Array<[string, string[]]> = [
  [
    'rejects ..',
    [
      'app://dossier/../package.json',
      'app://dossier/assets/../../package.json',
      'app://dossier/assets/..',
    ],
  ],
  [
    'rejects %2e%2e in any case',
    [
      'app://dossier/%2e%2e/%2e%2e/etc/passwd',
      'app://dossier/%2E%2E/package.json',
      'app://dossier/.%2e/package.json',
    ],
  ],
  [
    'rejects %2E%2E%2F and other encoded separators',
    [
      'app://dossier/%2E%2E%2Fpackage.json',
      'app://dossier/assets%2f..%2f..%2fpackage.json',
      'app://dossier/..%5c..%5cpackage.json',
      'app://dossier/index.html%00.js',
    ],
  ],
  ['rejects backslashes', ['app://dossier/..\\..\\package.json', 'app://dossier/assets\\index.js']],
  [
    'rejects absolute paths and drive letters',
    [
      'app://dossier//etc/passwd',
      'app://dossier/C:/Windows/win.ini',
      'app://dossier/C%3A/Windows/win.ini',
      'app:///etc/passwd',
    ],
  ],
  ['rejects malformed percent-encoding', ['app://dossier/%E0%A4%A']],
];

describe('resolveAppPath', () => {
  it('serves index.html for the entry URL, as text/html', () => {
    expect(resolveAppPath(ROOT, APP_ENTRY_URL)).toEqual({
      ok: true,
      file: join(ROOT, 'index.html'),
      mime: 'text/html; charset=utf-8',
    });
  });

  it('serves index.html for the bare origin and ignores query and fragment', () => {
    for (const url of [
      'app://dossier',
      'app://dossier/',
      'app://dossier/?token=x',
      'app://dossier/index.html#/folios',
    ]) {
      const result = resolveAppPath(ROOT, url);
      expect(result.ok && result.file, url).toBe(join(ROOT, 'index.html'));
    }
  });

  it('serves nested assets with their MIME type', () => {
    const result = resolveAppPath(ROOT, 'app://dossier/assets/index-abc.js');
    expect(result).toEqual({
      ok: true,
      file: join(ROOT, 'assets', 'index-abc.js'),
      mime: 'text/javascript; charset=utf-8',
    });
  });

  it.each(REFUSED)('%s', (_what, urls) => {
    for (const url of urls) expect(refused(url), url).toBe(true);
  });

  it('rejects any other host, port, user part or scheme with 403', () => {
    for (const url of [
      'app://evil/index.html',
      'app://dossier.evil/index.html',
      'app://dossier:80/index.html',
      'app://user@dossier/index.html',
      'https://dossier/index.html',
      'file:///etc/passwd',
      'index.html',
    ]) {
      const result = resolveAppPath(ROOT, url);
      expect(result.ok ? 'served' : result.status, url).toBe(403);
    }
  });

  it('never resolves outside the root', () => {
    const probes = ['/a/b/c.js', '/%E5%8D%B7%E5%AE%97.txt', '/assets/x.css?../../y'];
    for (const probe of probes) {
      const result = resolveRequestPath(ROOT, probe);
      if (result.ok) expect(result.file.startsWith(ROOT + sep)).toBe(true);
    }
  });
});

describe('mimeTypeFor', () => {
  it('knows the renderer’s file types and defaults to octet-stream', () => {
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.SVG')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});

describe('originOf', () => {
  it('gives scheme://host for app: (where URL.origin is "null") and http:', () => {
    expect(originOf('app://dossier/index.html')).toBe('app://dossier');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });
});

// How a bundle reaches the window besides 导入卷宗: dropped on it, or opened with the desktop app.
import { useEffect, type DragEvent } from 'react';
import { hashQuery } from '../../router/hash-router';
import type { BundleImporter } from './ImportBundleButton';

/** Where a dropped file sits on this machine: the desktop's preload knows; the web has no paths. */
export type PathOf = ((file: File) => string) | undefined;

const isBundle = (file: File) => /\.dossier$/i.test(file.name);

/**
 * The drop zone's handlers (spread on the window's outer layout): a `.dossier` dropped anywhere
 * opens the same import flow as 导入卷宗 — staged by its path on the desktop (no size limit
 * of an upload), by its bytes in the web shell — with the password asked when it has one.
 * An upload area inside (attachments) that took the drop has called preventDefault: left alone.
 */
export function bundleDropHandlers(importer: BundleImporter, pathOf: PathOf) {
  return {
    onDragOver: (event: DragEvent) => {
      if (event.dataTransfer.types.includes('Files')) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      const file = Array.from(event.dataTransfer.files).find(isBundle);
      if (!file || event.defaultPrevented) return;
      event.preventDefault();
      const path = pathOf?.(file) ?? '';
      void (path ? importer.takePath(path) : importer.take(file));
    },
  };
}

/** The path in `#/…?bundle=<path>`, the page the desktop shows for an encrypted bundle. */
function bundleInHash(hash: string): string | null {
  return new URLSearchParams(hashQuery(hash)).get('bundle');
}

/**
 * A bundle the desktop app was asked to open (double-click, command line, second start,
 * macOS open-file) that needs its password: the main process shows `#/dashboard?bundle=<path>`
 * and this takes it in through the importer, which asks for the password in its dialog.
 * The address goes back to the page the officer was on before the router sees the change
 * (a capturing listener), so the dialog opens over that page, no unsaved work is asked about,
 * and going back never opens the bundle again.
 */
export function useOpenedBundle(importer: BundleImporter): void {
  const { takePath } = importer;
  useEffect(() => {
    const take = (back: string) => {
      const path = bundleInHash(window.location.hash);
      if (!path) return;
      window.history.replaceState(null, '', back || '#/');
      void takePath(path);
    };
    const onChange = (event: HashChangeEvent) => take(new URL(event.oldURL).hash);
    take(window.location.hash.replace(/\?.*$/, ''));
    window.addEventListener('hashchange', onChange, true);
    return () => window.removeEventListener('hashchange', onChange, true);
  }, [takePath]);
}

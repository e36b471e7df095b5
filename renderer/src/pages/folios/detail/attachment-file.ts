// Attachment files in the browser: size limit, base64 reading, readable sizes, tokened downloads.
import { takeToken } from '../../../api/token';

/** The core refuses files above this (contract.ts ATTACHMENT_MAX_BYTES); say so before sending. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

/** A file's bytes as base64, read in the browser. */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      if (comma < 0) reject(new Error('unreadable'));
      else resolve(url.slice(comma + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** `1536` → `1.5 KB`; sizes people read at a glance. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Downloads a file the web shell serves: the address needs the session token, which the page
 * keeps (the desktop app opens files itself and gives no address).
 */
export function download(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = withToken(url);
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** A web shell file address with the session token it needs. */
export function withToken(url: string): string {
  const token = takeToken() ?? '';
  return `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}

// Saving a file the app made (an exported chart, a report) through the browser's download.
import { h } from './dom.js';

export function download(blob: Blob, name: string): void {
  const a = h('a', { href: URL.createObjectURL(blob), download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** A file name part from free text: lower case, hyphens. */
export const slug = (s: string): string => s.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();

// The server-drawn chart page carries the build's style sheet in its <head> instead of linking it:
// the picture can only be placed and painted once the page's styles are in (the inline script in
// index.html measures the chart box), and on a cold visit the linked sheet arrived 200-300 ms after
// the page's head. Inlined, it comes with the head's first bytes (6 KB compressed, about the
// request it saves). The content security policy allows each inlined sheet by its hash. The page
// and its sheets are read once, at start (readWebPage), for both.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const LINKED_SHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="(\/assets\/[\w.-]+\.css)"[^>]*>/g;

export interface InlinedStyles {
  html: string;
  /** 'sha256-…' of each sheet written in */
  hashes: string[];
}

/** The build's index.html as read at start: as written (its inline scripts' hashes) and with its sheets written in. */
export interface WebPage {
  html: string;
  inlined: InlinedStyles;
}

/** Reads the build's index.html and the style sheets it links, once: the chart page and the security headers share it. */
export function readWebPage(indexHtml: string): WebPage {
  const html = readFileSync(indexHtml, 'utf8');
  return { html, inlined: inlineStyles(html, path.dirname(indexHtml)) };
}

/** `html` (a page of the web build in `webRoot`) with each of its own linked style sheets written in. */
export function inlineStyles(html: string, webRoot: string): InlinedStyles {
  const hashes: string[] = [];
  const inlined = html.replace(LINKED_SHEET, (link, href: string) => {
    const css = readFileSync(path.join(webRoot, href), 'utf8');
    // a sheet that could close the element early is left linked
    if (css.includes('</')) return link;
    hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    return `<style>${css}</style>`;
  });
  return { html: inlined, hashes };
}

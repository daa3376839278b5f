// Elements as HTML text, for the parts of a page the server writes before the page's script runs
// (the chart page's settings and controls: chart-toolbar-markup.ts) and the page then builds from
// the same text, so the two cannot differ. Pure, apart from elementOf, which the page alone calls.
type Attrs = Record<string, string | number | boolean | null | undefined>;

/** m('button', { type: 'button', disabled: true }, 'Fit all'): attributes false, null or undefined are left out. */
export function m(tag: string, attrs: Attrs = {}, ...children: (string | string[] | null | false)[]): string {
  const attrText = Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeXml(String(v))}"`))
    .join('');
  return VOID.has(tag) ? `<${tag}${attrText}>` : `<${tag}${attrText}>${children.flat().filter((c) => c !== null && c !== false).join('')}</${tag}>`;
}

/** Text as HTML. */
export const text = (s: string): string => escapeXml(s);

/** Text or an attribute's value escaped for HTML and SVG alike (the chart's SVG exports use it too). */
export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const VOID = new Set(['input', 'br', 'img', 'meta', 'link', 'hr']);

/** The element the markup `html` (one element) is, in this document. */
export function elementOf<E extends HTMLElement = HTMLElement>(html: string): E {
  return document.createRange().createContextualFragment(html).firstElementChild as E;
}

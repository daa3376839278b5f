// The navigation's links written into index.html as it is built, from the app's own list of views
// (src/view-names.ts), as main.ts renders them: the header has its full height from the first paint.
// Rendered only once the entry script had run, the links' row came in after the page had painted
// and moved everything below it down (a layout shift of 0.017 on a cold chart page at 1440 px).
// main.ts renders them again at once, marking the current view; an inline script in index.html
// marks it before the first paint, as the mark's bold text is wider.
import type { Plugin } from 'vite';
import { pathOfView, type View } from '../src/state/url.js';
import { VIEW_NAMES, type ViewName } from '../src/view-names.js';

const EMPTY_NAV = '<ul id="nav"></ul>';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The list's items as appLink (ui/dom.ts) makes them. */
export const navItems = (): string =>
  (Object.entries(VIEW_NAMES) as [View, ViewName][])
    .filter(([, r]) => r.nav)
    .map(([view, r]) => `<li><a href="${escapeHtml(pathOfView(view))}" data-nav="">${escapeHtml(r.label)}</a></li>`)
    .join('');

export function navLinksPlugin(): Plugin {
  return {
    name: 'govgraph-nav-links',
    transformIndexHtml(html) {
      // the layout bench page has no navigation
      return html.includes(EMPTY_NAV) ? html.replace(EMPTY_NAV, `<ul id="nav">${navItems()}</ul>`) : html;
    },
  };
}

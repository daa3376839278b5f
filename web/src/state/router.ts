// Client-side routing: the path picks the view, the query string is the view's state. Views
// change their own query string with setSearch (no re-render); links marked data-nav and the
// back button go through the router.

export interface ViewInstance {
  /** the URL changed under the view (back/forward, or a link to the same view) */
  update(url: URL): void;
  destroy(): void;
}

export type MountView = (root: HTMLElement, url: URL) => ViewInstance;

type Listener = (url: URL) => void;
let listener: Listener | null = null;

export function onNavigate(fn: Listener): void {
  listener = fn;
}

export function navigate(href: string, opts: { replace?: boolean } = {}): void {
  const url = new URL(href, location.href);
  if (opts.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  listener?.(url);
}

/** Writes a view's state into the address bar: `push` for a change worth a Back step, else replace. */
export function setSearch(search: string, how: 'push' | 'replace'): void {
  const url = `${location.pathname}${search}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (how === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

export function startRouter(): void {
  window.addEventListener('popstate', () => listener?.(new URL(location.href)));
  document.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest?.('a[data-nav]') as HTMLAnchorElement | null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (a.origin !== location.origin) return;
    e.preventDefault();
    navigate(a.href);
  });
}

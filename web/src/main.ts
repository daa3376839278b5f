// Start-up: the navigation, the router, and the view the URL names. Every view loads when first
// opened; for the chart (the home view) the ELK layout worker starts first of all, because
// compiling it is the longest step before the first chart, and it runs in parallel with loading
// Cytoscape and the chart's data.
import './styles.css';
import { warmLayout } from './chart/layout.js';
import { onNavigate, startRouter, type MountView, type ViewInstance } from './state/router.js';
import { pathOfView, viewOfPath, type View } from './state/url.js';
import { appLink, clear, errorState, h, loading } from './ui/dom.js';

interface Route {
  label: string;
  load(): Promise<MountView>;
}

const ROUTES: Partial<Record<View, Route>> = {
  chart: { label: 'Structure chart', load: async () => (await import('./views/chart/chart-page.js')).mountChart },
  vru: { label: 'VRU alignment', load: async () => (await import('./views/vru.js')).mountVru },
  findings: { label: 'Governance findings', load: async () => (await import('./views/findings.js')).mountFindings },
  organisations: { label: 'Organisations', load: async () => (await import('./views/organisations.js')).mountOrganisations },
  actions: { label: 'Actions', load: async () => (await import('./views/actions.js')).mountActions },
};

const main = document.getElementById('main')!;
const nav = document.getElementById('nav')!;
let current: { view: View; instance: ViewInstance } | null = null;
let routeSeq = 0;

function renderNav(active: View): void {
  clear(
    nav,
    (Object.entries(ROUTES) as [View, Route][]).map(([view, r]) =>
      h('li', {}, appLink(pathOfView(view), r.label, { 'aria-current': view === active ? 'page' : null })),
    ),
  );
}

async function route(url: URL): Promise<void> {
  const view = ROUTES[viewOfPath(url.pathname)] ? viewOfPath(url.pathname) : 'chart';
  const r = ROUTES[view]!;
  renderNav(view);
  document.title = `${r.label} · govgraph`;
  if (current?.view === view) {
    current.instance.update(url);
    return;
  }
  const seq = ++routeSeq;
  current?.instance.destroy();
  current = null;
  clear(main, loading(r.label.toLowerCase()));
  try {
    const mount = await r.load();
    if (seq !== routeSeq) return;
    current = { view, instance: mount(main, url) };
  } catch (e) {
    if (seq !== routeSeq) return;
    clear(main, errorState(`the ${r.label.toLowerCase()} view`, e, () => void route(url)));
  }
}

if (viewOfPath(location.pathname) === 'chart') warmLayout();

onNavigate((url) => {
  void route(url).then(() => main.focus({ preventScroll: true }));
});
startRouter();
void route(new URL(location.href));

// Start-up: the navigation, the router, and the view the URL names (routes.ts); a path that names
// no view gets the not-found page. For the chart, the chart's data is asked for here, in parallel
// with loading Cytoscape and the chart modules.
import './styles.css';
import { prefetchChart, structureChartVariables } from './api/chart-request.js';
import { seed } from './api/client.js';
import { offerLayouts } from './chart/server-layout.js';
import { StructureChartDocument } from './generated/graphql.js';
import { firstPicturePainted, hasFirstPicture, readFirstChart } from './views/chart/first-chart-page.js';
import { NOT_FOUND, ROUTES, type Route } from './routes.js';
import { askChartLayoutEarly } from './views/chart/early-layout.js';
import { onNavigate, startRouter, type ViewInstance } from './state/router.js';
import { movedHref, parseChartState, pathOfView, viewOfPath, type View } from './state/url.js';
import { appLink, clear, errorState, h, loading } from './ui/dom.js';
import { mountAccount } from './ui/account.js';
import { mountNavMenu } from './ui/nav-menu.js';

const main = document.getElementById('main')!;
const nav = document.getElementById('nav')!;
const closeNavMenu = mountNavMenu(document.querySelector<HTMLElement>('.app-header')!, document.getElementById('nav-toggle') as HTMLButtonElement);
let current: { route: Route; instance: ViewInstance } | null = null;
let routeSeq = 0;
/** settled once the first chart's layout is asked for (or its data failed); null once the first view is built */
let firstLayoutAsked: Promise<void> | null = null;
/** the longest the first view waits for that: a slow answer does not hold back the page's controls */
const MAX_HOLD_MS = 300;

function renderNav(active: View | null): void {
  clear(
    nav,
    (Object.entries(ROUTES) as [View, Route][])
      .filter(([, r]) => r.nav)
      .map(([view, r]) => h('li', {}, appLink(pathOfView(view), r.label, { 'aria-current': view === active ? 'page' : null }))),
  );
}

async function route(url: URL): Promise<void> {
  const moved = movedHref(url);
  if (moved) {
    history.replaceState(null, '', moved);
    url = new URL(moved, url);
  }
  const view = viewOfPath(url.pathname);
  const r = view ? ROUTES[view] : NOT_FOUND;
  renderNav(view);
  closeNavMenu();
  document.title = `${r.label} · govgraph`;
  if (current?.route === r) {
    current.instance.update(url);
    return;
  }
  const seq = ++routeSeq;
  current?.instance.destroy();
  current = null;
  // the server's picture of the first chart stays until the chart page takes it
  if (!hasFirstPicture()) clear(main, loading(r.label.toLowerCase()));
  try {
    // the server's picture is painted before the chart view's code is fetched and run
    if (hasFirstPicture()) await firstPicturePainted();
    const mount = await r.load();
    // the first chart's layout is asked for before the chart view is built: building it is one
    // long task (100-170 ms in Chromium's trace) that held back the data's arrival, and so the
    // server's layout, which can run meanwhile
    if (firstLayoutAsked) await Promise.race([firstLayoutAsked, new Promise((resolve) => setTimeout(resolve, MAX_HOLD_MS))]);
    firstLayoutAsked = null;
    if (seq !== routeSeq) return;
    current = { route: r, instance: mount(main, url) };
  } catch (e) {
    if (seq !== routeSeq) return;
    clear(main, errorState(`the ${r.label.toLowerCase()} view`, e, () => void route(url)));
  }
}

// the chart's data is on its way while the chart modules load, not after they have run (an old
// link, /?p=…, is the chart too: route() moves it), and its layout is asked for as the data arrives
const opened = new URL(movedHref(new URL(location.href)) ?? location.href, location.href);
if (viewOfPath(opened.pathname) === 'chart') {
  const state = parseChartState(opened.search);
  // a chart the server drew: its data and layouts are in the page
  const first = readFirstChart(opened.search);
  if (first) {
    seed(StructureChartDocument, structureChartVariables(state), first.data);
    offerLayouts(first.layouts);
  } else firstLayoutAsked = prefetchChart(state)?.then((data) => askChartLayoutEarly(data, state, main), () => undefined) ?? null;
}

onNavigate((url) => {
  void route(url).then(() => main.focus({ preventScroll: true }));
});
startRouter();
mountAccount(document.getElementById('account')!);
void route(new URL(location.href));

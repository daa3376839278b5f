// The app's views: what each is called, whether the navigation lists it, and how it loads (each
// view is its own chunk, loaded when first opened). To add a view: its name in VIEWS
// (state/url.ts), one entry here, and a module whose mount function takes (root, url).
import type { MountView } from './state/router.js';
import type { View } from './state/url.js';

export interface Route {
  /** the navigation's text and the page title */
  label: string;
  /** listed in the navigation */
  nav: boolean;
  load(): Promise<MountView>;
}

export const ROUTES: Record<View, Route> = {
  start: { label: 'Partnerships', nav: true, load: async () => (await import('./views/start.js')).mountStart },
  chart: { label: 'Structure chart', nav: true, load: async () => (await import('./views/chart/chart-page.js')).mountChart },
  vru: { label: 'VRU alignment', nav: true, load: async () => (await import('./views/vru.js')).mountVru },
  findings: { label: 'Governance findings', nav: true, load: async () => (await import('./views/findings.js')).mountFindings },
  organisations: { label: 'Organisations', nav: true, load: async () => (await import('./views/organisations.js')).mountOrganisations },
  interlocks: { label: 'Interlocks', nav: true, load: async () => (await import('./views/interlocks.js')).mountInterlocks },
  compare: { label: 'Compare', nav: true, load: async () => (await import('./views/compare.js')).mountCompare },
  actions: { label: 'Actions', nav: true, load: async () => (await import('./views/actions.js')).mountActions },
  report: { label: 'Review report', nav: true, load: async () => (await import('./views/report.js')).mountReport },
  import: { label: 'Import', nav: true, load: async () => (await import('./views/import.js')).mountImport },
  changes: { label: 'Changes', nav: true, load: async () => (await import('./views/changes/changes-page.js')).mountChanges },
  'sign-in': { label: 'Sign in', nav: false, load: async () => (await import('./views/sign-in.js')).mountSignIn },
};

/** The page for a path that names no view. */
export const NOT_FOUND: Route = { label: 'Page not found', nav: false, load: async () => (await import('./views/not-found.js')).mountNotFound };

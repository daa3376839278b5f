// The app's views: what each is called, whether the navigation lists it (view-names.ts), and how it
// loads (each view is its own chunk, loaded when first opened). To add a view: its name in VIEWS
// (state/url.ts), one entry here and in view-names.ts, and a module whose mount function takes (root, url).
import type { MountView } from './state/router.js';
import type { View } from './state/url.js';
import { VIEW_NAMES, type ViewName } from './view-names.js';

export interface Route extends ViewName {
  load(): Promise<MountView>;
}

export const ROUTES: Record<View, Route> = {
  start: { ...VIEW_NAMES.start, load: async () => (await import('./views/start.js')).mountStart },
  chart: { ...VIEW_NAMES.chart, load: async () => (await import('./views/chart/chart-page.js')).mountChart },
  vru: { ...VIEW_NAMES.vru, load: async () => (await import('./views/vru.js')).mountVru },
  findings: { ...VIEW_NAMES.findings, load: async () => (await import('./views/findings.js')).mountFindings },
  organisations: { ...VIEW_NAMES.organisations, load: async () => (await import('./views/organisations.js')).mountOrganisations },
  interlocks: { ...VIEW_NAMES.interlocks, load: async () => (await import('./views/interlocks.js')).mountInterlocks },
  compare: { ...VIEW_NAMES.compare, load: async () => (await import('./views/compare.js')).mountCompare },
  actions: { ...VIEW_NAMES.actions, load: async () => (await import('./views/actions.js')).mountActions },
  report: { ...VIEW_NAMES.report, load: async () => (await import('./views/report.js')).mountReport },
  import: { ...VIEW_NAMES.import, load: async () => (await import('./views/import.js')).mountImport },
  changes: { ...VIEW_NAMES.changes, load: async () => (await import('./views/changes/changes-page.js')).mountChanges },
  'sign-in': { ...VIEW_NAMES['sign-in'], load: async () => (await import('./views/sign-in.js')).mountSignIn },
};

/** The page for a path that names no view. */
export const NOT_FOUND: Route = { label: 'Page not found', nav: false, load: async () => (await import('./views/not-found.js')).mountNotFound };

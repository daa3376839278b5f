// What each view is called and whether the navigation lists it: apart from routes.ts (which loads
// the views) so that the build can write the navigation into index.html (build/nav-links.ts).
import type { View } from './state/url.js';

export interface ViewName {
  /** the navigation's text and the page title */
  label: string;
  /** listed in the navigation */
  nav: boolean;
}

export const VIEW_NAMES: Record<View, ViewName> = {
  start: { label: 'Partnerships', nav: true },
  chart: { label: 'Structure chart', nav: true },
  vru: { label: 'VRU alignment', nav: true },
  findings: { label: 'Governance findings', nav: true },
  organisations: { label: 'Organisations', nav: true },
  interlocks: { label: 'Interlocks', nav: true },
  compare: { label: 'Compare', nav: true },
  actions: { label: 'Actions', nav: true },
  report: { label: 'Review report', nav: true },
  import: { label: 'Import', nav: true },
  changes: { label: 'Changes', nav: true },
  'sign-in': { label: 'Sign in', nav: false },
};

// What the curation resolvers get from the HTTP layer: the account the request signed in as
// (null for an anonymous reader) and the services that act for it.
import type { Curation } from '../curation/service.js';
import type { Viewer } from '../curation/viewer.js';

export interface CurationContext {
  viewer: Viewer | null;
  service: Curation;
  /** issues an API token for the viewer (only a cookie session may mint one) */
  issueToken(viewer: Viewer, label: string): Promise<{ token: string; expiresAt: string }>;
}

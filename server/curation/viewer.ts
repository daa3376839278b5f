// Who is asking, and what their roles let them do. Roles are `admin`, `editor:<partnership>` and
// `reviewer:<partnership>`; an admin may edit and review everywhere.
import { CurationError } from './errors.js';
import type { Role } from './model.js';

export interface Viewer {
  name: string;
  roles: Role[];
  /** how the request proved who it is */
  via: 'cookie' | 'token';
}

const ROLE = /^(admin|(editor|reviewer):[a-z0-9][a-z0-9.-]*(\/[a-z0-9][a-z0-9.-]*)*)$/;

export function parseRole(role: string): Role {
  if (!ROLE.test(role)) throw new Error(`"${role}" is not a role: use admin, editor:<partnership id> or reviewer:<partnership id>`);
  return role;
}

export const isAdmin = (v: Viewer) => v.roles.includes('admin');

/** A role taken apart: what it lets the account do, and where. */
export interface RoleGrant {
  role: Role;
  kind: 'ADMIN' | 'EDITOR' | 'REVIEWER';
  partnershipId: string | null;
}

export function grantOf(role: Role): RoleGrant {
  if (role === 'admin') return { role, kind: 'ADMIN', partnershipId: null };
  const colon = role.indexOf(':');
  return { role, kind: role.slice(0, colon) === 'editor' ? 'EDITOR' : 'REVIEWER', partnershipId: role.slice(colon + 1) };
}
const scoped = (v: Viewer, kind: 'editor' | 'reviewer') =>
  v.roles.filter((r) => r.startsWith(`${kind}:`)).map((r) => r.slice(kind.length + 1));
export const editorOf = (v: Viewer) => scoped(v, 'editor');
export const reviewerOf = (v: Viewer) => scoped(v, 'reviewer');

export function signedIn(v: Viewer | null): Viewer {
  if (!v) throw new CurationError('UNAUTHENTICATED', 'sign in to change the graph');
  return v;
}

export function requireEditor(v: Viewer | null, partnership: string): Viewer {
  const who = signedIn(v);
  if (!isAdmin(who) && !editorOf(who).includes(partnership)) {
    throw new CurationError('FORBIDDEN', `${who.name} is not an editor of ${partnership}`);
  }
  return who;
}

export function requireReviewer(v: Viewer | null, partnership: string): Viewer {
  const who = signedIn(v);
  if (!isAdmin(who) && !reviewerOf(who).includes(partnership)) {
    throw new CurationError('FORBIDDEN', `${who.name} is not a reviewer of ${partnership}`);
  }
  return who;
}

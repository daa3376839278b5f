// Who is signed in, for every view: the viewer (from GraphQL), what the sign-in page offers
// (/auth/options), and signing in and out with a local account (/auth/login, /auth/logout: the
// session is an HttpOnly cookie the page never sees). Views ask `can()` before they show an edit
// or review control; the server checks every request again, so this only decides what is shown.
import { ViewerDocument, type ViewerQuery } from '../generated/graphql.js';
import { ApiError, request } from './client.js';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

export interface AuthOptions {
  /** OpenID Connect is configured: the provider's name for the button */
  oidc: { name: string } | null;
  /** a reviewer may not review their own change sets */
  fourEyes: boolean;
}

let viewer: Promise<Viewer | null> | null = null;
let options: Promise<AuthOptions> | null = null;
const listeners = new Set<(v: Viewer | null) => void>();

/** The signed-in account, or null; asked once, then again after signing in or out. */
export function currentViewer(): Promise<Viewer | null> {
  viewer ??= request(ViewerDocument, {}).then((d) => d.viewer ?? null);
  viewer.catch(() => (viewer = null));
  return viewer;
}

/** Calls `fn` with the viewer now and after every sign-in or sign-out, until the returned function is called. */
export function onViewer(fn: (v: Viewer | null) => void): () => void {
  listeners.add(fn);
  currentViewer().then(
    (v) => listeners.has(fn) && fn(v),
    () => listeners.has(fn) && fn(null),
  );
  return () => listeners.delete(fn);
}

async function refresh(): Promise<Viewer | null> {
  viewer = null;
  const v = await currentViewer();
  for (const fn of listeners) fn(v);
  return v;
}

export function authOptions(): Promise<AuthOptions> {
  options ??= fetch('/auth/options', { headers: { accept: 'application/json' } }).then(async (res) => {
    if (!res.ok) throw new ApiError(`The server answered ${res.status} for its sign-in options.`, `HTTP_${res.status}`);
    return (await res.json()) as AuthOptions;
  });
  options.catch(() => (options = null));
  return options;
}

/** Signs in with a local account; the error says what went wrong (wrong password, too many tries). */
export async function signIn(name: string, password: string): Promise<Viewer | null> {
  let res: Response;
  try {
    res = await fetch('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ name, password }) });
  } catch {
    throw new ApiError('The server could not be reached. Check your connection and try again.', 'NETWORK');
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
    const err = body?.errors?.[0];
    const code = err?.extensions?.code ?? `HTTP_${res.status}`;
    const wait = Number(res.headers.get('retry-after'));
    const message =
      code === 'RATE_LIMITED'
        ? `Too many sign-in attempts. Try again in ${wait > 0 ? minutes(wait) : 'a few minutes'}.`
        : code === 'UNAUTHENTICATED'
          ? 'The name or the password is wrong.'
          : (err?.message ?? `The server answered ${res.status}.`);
    throw new ApiError(message, code);
  }
  return refresh();
}

const minutes = (seconds: number) => (seconds < 90 ? `${Math.ceil(seconds)} seconds` : `${Math.ceil(seconds / 60)} minutes`);

export async function signOut(): Promise<void> {
  const res = await fetch('/auth/logout', { method: 'POST' });
  if (!res.ok && res.status !== 204) throw new ApiError(`Signing out failed: the server answered ${res.status}.`, `HTTP_${res.status}`);
  await refresh();
}

/** Whether the viewer may edit (propose for) or review a partnership's graph. */
export function can(v: Viewer | null, what: 'edit' | 'review', partnershipId: string | null | undefined): boolean {
  if (!v) return false;
  if (v.admin) return true;
  if (!partnershipId) return false;
  return (what === 'edit' ? v.editorOf : v.reviewerOf).includes(partnershipId);
}

/**
 * The account's roles as a reader says them, one phrase a partnership, by its name: "Editor and
 * reviewer of Richmond Community Safety Partnership", "Admin"; "Reader" for an account with none.
 * (The id stands in for a partnership the graph no longer has.)
 */
export function rolesInWords(v: Viewer): string[] {
  const kinds = new Map<string, { name: string; kinds: string[] }>();
  for (const g of v.grants) {
    if (!g.partnershipId) continue;
    const p = kinds.get(g.partnershipId) ?? { name: g.partnershipName ?? g.partnershipId, kinds: [] };
    p.kinds.push(g.kind === 'EDITOR' ? 'editor' : 'reviewer');
    kinds.set(g.partnershipId, p);
  }
  const phrases = [...(v.admin ? ['admin'] : []), ...[...kinds.values()].map((p) => `${p.kinds.sort().join(' and ')} of ${p.name}`)];
  return phrases.length ? phrases.map((p) => p.charAt(0).toUpperCase() + p.slice(1)) : ['Reader'];
}

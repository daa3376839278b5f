// Sessions (cookie) and API tokens (bearer): a random secret for the client, its hash in the store.
import type { Session, SessionKind, User } from '../curation/model.js';
import type { Viewer } from '../curation/viewer.js';
import type { CurationStore } from '../store/curation-contract.js';
import { hashSecret, newSecret } from './secrets.js';

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
export const TOKEN_TTL_MS = 90 * 24 * 60 * 60 * 1000;

export async function startSession(
  store: CurationStore,
  user: string,
  kind: Exclude<SessionKind, 'oidc-pending'>,
  now: Date,
  label?: string,
): Promise<{ secret: string; expiresAt: string }> {
  const secret = newSecret(kind === 'token' ? 'ggt_' : '');
  const expiresAt = new Date(now.getTime() + (kind === 'token' ? TOKEN_TTL_MS : SESSION_TTL_MS)).toISOString();
  const session: Session = { hash: hashSecret(secret), kind, user, createdAt: now.toISOString(), expiresAt, ...(label ? { label } : {}) };
  await store.putSession(session);
  return { secret, expiresAt };
}

/** The account a secret signs in as, with its current roles; null when unknown, expired or of the wrong kind. */
export async function viewerOf(store: CurationStore, secret: string, kind: 'cookie' | 'token', now: Date): Promise<Viewer | null> {
  const session = await store.getSession(hashSecret(secret), now.toISOString());
  if (!session || session.kind !== kind) return null;
  const user: User | null = await store.getUser(session.user);
  return user ? { name: user.name, roles: user.roles, via: kind } : null;
}

export const endSession = (store: CurationStore, secret: string) => store.deleteSession(hashSecret(secret));

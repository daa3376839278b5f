// Sign-in and curation settings, from the environment.
import { defaultSourcesDir } from '../seeds/quotes.js';

export interface AuthConfig {
  /** GOVGRAPH_REQUIRE_SIGNIN=1: reading needs a signed-in account too (reading is open by default) */
  requireSignIn: boolean;
  /** GOVGRAPH_REVIEW_OWN=allow lets a reviewer approve their own change sets (off: four eyes) */
  fourEyes: boolean;
  /** GOVGRAPH_PUBLIC_URL: the origin browsers see, for the CSRF check and OpenID Connect redirects */
  publicUrl?: string;
  /** cookies marked Secure: in production, or when the public URL is https */
  secureCookies: boolean;
  /** name: what the web app's sign-in button calls the provider (GOVGRAPH_OIDC_NAME, else the issuer's host) */
  oidc?: { issuer: string; clientId: string; clientSecret?: string; name?: string };
  sourcesDir: string;
  /** failed sign-ins allowed per account and per address within the window */
  loginLimit: { perAccount: number; perAddress: number; windowMs: number };
}

const on = (v: string | undefined) => v === '1' || v === 'true' || v === 'yes';

export function authConfig(env: NodeJS.ProcessEnv = process.env, production = env.NODE_ENV === 'production'): AuthConfig {
  const publicUrl = env.GOVGRAPH_PUBLIC_URL?.trim() || undefined;
  const issuer = env.GOVGRAPH_OIDC_ISSUER?.trim();
  const clientId = env.GOVGRAPH_OIDC_CLIENT_ID?.trim();
  if (issuer && !clientId) throw new Error('GOVGRAPH_OIDC_ISSUER is set but GOVGRAPH_OIDC_CLIENT_ID is not');
  return {
    requireSignIn: on(env.GOVGRAPH_REQUIRE_SIGNIN),
    fourEyes: env.GOVGRAPH_REVIEW_OWN !== 'allow',
    publicUrl,
    secureCookies: production || publicUrl?.startsWith('https:') === true,
    oidc: issuer && clientId ? { issuer, clientId, clientSecret: env.GOVGRAPH_OIDC_CLIENT_SECRET || undefined, name: env.GOVGRAPH_OIDC_NAME?.trim() || undefined } : undefined,
    sourcesDir: defaultSourcesDir(),
    loginLimit: { perAccount: 5, perAddress: 30, windowMs: 15 * 60 * 1000 },
  };
}

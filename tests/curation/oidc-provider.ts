// A real OpenID Connect provider (oidc-provider) on a loopback port, for the sign-in tests. Its
// login and consent pages are replaced by one that signs in whichever account the test chose
// (`signInAs`) and grants the scopes asked for: everything else (discovery, the authorization
// endpoint, PKCE, codes, the token endpoint, signed ID tokens with the nonce) is the provider's own.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface LoopbackProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** the account the next sign-in at the provider is */
  signInAs(sub: string): void;
  /** what the provider saw: the authorization requests' PKCE methods */
  seen: { codeChallengeMethods: string[] };
  close(): Promise<void>;
}

export interface ProviderAccount {
  preferred_username: string;
  email: string;
}

/** Listens first (so the issuer's port is known), then serves once `configure` gives the client's redirect URI. */
export async function startProvider(accounts: Record<string, ProviderAccount>): Promise<{ issuer: string; configure(redirectUri: string): LoopbackProvider }> {
  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const configure = (redirectUri: string): LoopbackProvider => {
    const clientId = 'govgraph';
    const clientSecret = 'a-client-secret-long-enough-for-hs256-0123456789';
    let current = Object.keys(accounts)[0]!;
    const seen = { codeChallengeMethods: [] as string[] };
    const provider = new Provider(issuer, {
      clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], response_types: ['code'], grant_types: ['authorization_code'], token_endpoint_auth_method: 'client_secret_post' }],
      claims: { openid: ['sub'], profile: ['preferred_username'], email: ['email'] },
      async findAccount(_ctx, sub) {
        const account = accounts[sub];
        return account ? { accountId: sub, claims: async () => ({ sub, ...account }) } : undefined;
      },
      // the ID token carries the profile claims, as Entra ID's does
      conformIdTokenClaims: false,
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      pkce: { required: () => true },
      cookies: { keys: ['govgraph-test-cookie-key'] },
    });
    provider.on('authorization.accepted', (ctx) => seen.codeChallengeMethods.push(String(ctx.oidc.params?.code_challenge_method)));
    const callback = provider.callback();
    handler = async (req, res) => {
      if (!req.url?.startsWith('/interaction/')) return callback(req, res);
      try {
        const details = await provider.interactionDetails(req, res);
        if (details.prompt.name === 'login') {
          await provider.interactionFinished(req, res, { login: { accountId: current } }, { mergeWithLastSubmission: false });
          return;
        }
        const grant = new provider.Grant({ accountId: details.session!.accountId, clientId });
        grant.addOIDCScope(String(details.params.scope));
        await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
      } catch (err) {
        res.writeHead(500).end((err as Error).message);
      }
    };
    return {
      issuer,
      clientId,
      clientSecret,
      signInAs: (sub) => (current = sub),
      seen,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  };
  return { issuer, configure };
}

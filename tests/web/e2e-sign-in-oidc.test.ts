// The sign-in page when OpenID Connect is configured: beside the local account's form, a
// "Sign in with <provider>" link to the server's /auth/oidc/start that brings the reader back to
// the page they came from. (Signing in against a real provider is tested on the server side.)
import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe.js';
import { browserSession } from './harness/session.js';

const s = browserSession({ width: 1440, height: 900 }, { curation: { oidc: { issuer: 'http://127.0.0.1:9/', clientId: 'govgraph', name: 'Entra ID' } } });

describe('sign-in with OpenID Connect configured', { timeout: 120_000 }, () => {
  it('offers the provider, keeping the page to come back to', async () => {
    await s.page.goto(`${s.server.url}/vru`);
    await s.page.locator('.account a:has-text("Sign in")').click();
    const link = s.page.locator('a:has-text("Sign in with Entra ID")');
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/auth\/oidc\/start\?return=%2Fvru(%3F|$)/);
    await expectAxeClean(s.page, 'sign-in with OIDC');
    await s.shot('cur-12-sign-in-oidc-1440', { fullPage: true });
    await s.viewport(390, 844);
    await expectAxeClean(s.page, 'sign-in with OIDC');
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await s.shot('cur-12-sign-in-oidc-390', { fullPage: true });
  });
});

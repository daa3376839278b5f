// What the curation browser tests share: accounts made through the real users CLI on the test
// server's SQLite file, signing in through the sign-in page, and the axe, layout, reflow and
// screenshot check of a state at desktop and phone width.
import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import { PASSWORD } from '../../curation/support.js';
import { expectAxeClean } from './axe.js';
import { expectLayoutSound } from './layout.js';
import { REPO } from './server.js';
import type { Session } from './session.js';

export interface CurationPage {
  /** the users CLI, its password on stdin: call in beforeAll */
  addAccounts(accounts: Record<string, string[]>): void;
  /** signs in by keyboard, another user's session ended first, landing on `returnTo` */
  signIn(name: string): Promise<void>;
  shot(name: string): Promise<void>;
  /** axe, the layout checks (harness/layout) and no sideways scroll, at 1440 and 390 (where the header is one row), with a screenshot of each */
  checkBothSizes(name: string): Promise<void>;
}

export function curationPage(s: Session, returnTo: string): CurationPage {
  const shot = (name: string) => s.shot(name, { fullPage: true });
  return {
    addAccounts(accounts) {
      const env = { ...process.env, GOVGRAPH_DB: s.server.db, NEO4J_URI: '' };
      for (const [name, roles] of Object.entries(accounts)) {
        execFileSync('npx', ['tsx', 'server/auth/users-cli.ts', 'add', name, ...roles.flatMap((r) => ['--role', r])], { cwd: REPO, env, input: `${PASSWORD}\n` });
      }
    },
    async signIn(name) {
      await s.page.context().clearCookies();
      await s.page.goto(`${s.server.url}/sign-in?return=${encodeURIComponent(returnTo)}`);
      await s.page.fill('#signin-name', name);
      await s.page.fill('#signin-password', PASSWORD);
      // Enter in the password field submits the form
      await s.page.press('#signin-password', 'Enter');
      await s.page.locator(`.account [data-viewer="${name}"]`).waitFor();
    },
    shot,
    async checkBothSizes(name) {
      await expectAxeClean(s.page, `${name} 1440`);
      await expectLayoutSound(s.page, name);
      // the brand, the views and the account (signed in or not) in one row at 1440 too
      expect((await s.page.locator('.app-header').boundingBox())!.height, `${name}: the header's height at 1440`).toBeLessThanOrEqual(60);
      await shot(`${name}-1440`);
      await s.viewport(390, 844);
      await expectAxeClean(s.page, `${name} 390`);
      await expectLayoutSound(s.page, name);
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth), `${name}: sideways scroll at 390`).toBeLessThanOrEqual(390);
      // the account (signed in or not) in the header's one row with the brand and Menu, not a row of its own above the page
      expect((await s.page.locator('.app-header').boundingBox())!.height, `${name}: the header's height at 390`).toBeLessThanOrEqual(60);
      // the header's buttons keep the dark bar's look (.btn's white once drew over it)
      for (const button of await s.page.locator('.app-header button:visible').all())
        expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor), `${name}: a header button's background at 390`).toBe('rgba(0, 0, 0, 0)');
      await shot(`${name}-390`);
      await s.viewport(1440, 900);
    },
  };
}

// The header's account area: "Sign in" for an anonymous reader; the signed-in name, roles and
// "Sign out" for an account, nothing on a read-only server. It follows every sign-in and sign-out (api/session.ts).
import { authOptions, onViewer, rolesInWords, signOut, type Viewer } from '../api/session.js';
import { navigate } from '../state/router.js';
import { announce, appLink, clear, h } from './dom.js';

export function mountAccount(root: HTMLElement): void {
  const render = (v: Viewer | null) => {
    if (!v) {
      // the page to come back to is the one the reader is on when they click
      const link = appLink(signInHref(), 'Sign in', { class: 'account-link', onclick: () => (link.href = signInHref()) });
      clear(root, link);
      return;
    }
    const roles = rolesInWords(v).join('; ');
    const error = h('span', { class: 'account-error', role: 'alert' });
    clear(
      root,
      h('span', { class: 'account-who', title: roles }, h('span', { class: 'visually-hidden' }, 'Signed in as '), h('strong', { 'data-viewer': v.name }, v.name), h('span', { class: 'account-roles' }, roles)),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-on-dark',
          onclick: async () => {
            try {
              await signOut();
              announce('Signed out.');
              if (location.pathname === '/changes') navigate('/changes', { replace: true });
            } catch (e) {
              error.textContent = (e as Error).message;
            }
          },
        },
        'Sign out',
      ),
      error,
    );
  };
  // a server without accounts (no curation store) answers no sign-in options: it is read-only, so no "Sign in"
  onViewer((v) => authOptions().then(() => render(v), () => clear(root)));
}

const signInHref = () =>
  location.pathname === '/sign-in' ? `/sign-in${location.search}` : `/sign-in?return=${encodeURIComponent(`${location.pathname}${location.search}`)}`;

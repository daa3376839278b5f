// The sign-in page: a local account's name and password (POST /auth/login from this page, so the
// server's Origin check passes), or "Sign in with <provider>" when OpenID Connect is configured.
// A wrong password or too many attempts is said in the form; success goes back to `return`.
import './curation.css';
import { ApiError } from '../api/client.js';
import { authOptions, currentViewer, rolesInWords, signIn, signOut } from '../api/session.js';
import type { ViewInstance } from '../state/router.js';
import { navigate } from '../state/router.js';
import { clear, h, withStates } from '../ui/dom.js';

/** Only a path on this site, as the server allows after OpenID Connect. */
const returnPath = (url: URL): string => {
  const r = url.searchParams.get('return') ?? '/';
  return /^\/(?!\/)/.test(r) && !r.includes('\\') && !r.startsWith('/sign-in') ? r : '/';
};

export function mountSignIn(root: HTMLElement, url: URL): ViewInstance {
  let back = returnPath(url);
  const box = h('div', { class: 'sign-in' });
  clear(root, box);

  const render = async () =>
    withStates(
      box,
      'sign-in',
      async () =>
        Promise.all([
          currentViewer(),
          authOptions().catch((e: unknown) => {
            if (e instanceof ApiError && e.code === 'HTTP_404') return null;
            throw e;
          }),
        ]),
      ([viewer, options]) => {
        if (!options) {
          clear(box, h('h1', { class: 'page-title' }, 'Sign in'), h('p', {}, 'This server keeps no accounts: its graph is open to read, and it is changed from its seed files.'));
          return;
        }
        if (viewer) {
          clear(
            box,
            h('h1', { class: 'page-title' }, 'Signed in'),
            h('p', {}, `You are signed in as ${viewer.name}: ${rolesInWords(viewer).join('; ')}.`),
            h('p', { class: 'form-actions' }, h('a', { href: back, 'data-nav': true, class: 'btn' }, 'Continue'), h('button', { type: 'button', class: 'btn', onclick: () => void signOut().then(render) }, 'Sign out')),
          );
          return;
        }
        const name = h('input', { id: 'signin-name', type: 'text', name: 'username', autocomplete: 'username', required: true, spellcheck: 'false', autocapitalize: 'none' });
        const password = h('input', { id: 'signin-password', type: 'password', name: 'password', autocomplete: 'current-password', required: true });
        const error = h('div', { id: 'signin-error', class: 'form-error', role: 'alert', hidden: true });
        const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Sign in');
        const form = h(
          'form',
          {
            class: 'form-card',
            'aria-labelledby': 'signin-title',
            novalidate: true,
            onsubmit: async (e: Event) => {
              e.preventDefault();
              const missing = !name.value.trim() ? name : !password.value ? password : null;
              if (missing) return fail(`Give your ${missing === name ? 'account name' : 'password'}.`, missing);
              submit.disabled = true;
              error.hidden = true;
              try {
                await signIn(name.value.trim(), password.value);
                navigate(back);
              } catch (err) {
                password.value = '';
                fail((err as Error).message, password);
              } finally {
                submit.disabled = false;
              }
            },
          },
          h('h1', { id: 'signin-title', class: 'page-title' }, 'Sign in'),
          h('p', { class: 'lede' }, 'Reading is open to everyone. Editors and reviewers sign in to propose and review changes.'),
          error,
          h('div', { class: 'field' }, h('label', { for: 'signin-name' }, 'Account name'), name),
          h('div', { class: 'field' }, h('label', { for: 'signin-password' }, 'Password'), password),
          h('p', { class: 'form-actions' }, submit),
          options.oidc
            ? h(
                'p',
                { class: 'oidc' },
                h('a', { class: 'btn', href: `/auth/oidc/start?return=${encodeURIComponent(back)}` }, `Sign in with ${options.oidc.name}`),
              )
            : null,
        );
        const fail = (message: string, field: HTMLInputElement) => {
          error.textContent = message;
          error.hidden = false;
          for (const f of [name, password]) f.removeAttribute('aria-invalid');
          field.setAttribute('aria-invalid', 'true');
          field.setAttribute('aria-describedby', 'signin-error');
          field.focus();
        };
        clear(box, form);
        name.focus();
      },
    );
  void render();
  return {
    update(next) {
      back = returnPath(next);
      void render();
    },
    destroy() {},
  };
}

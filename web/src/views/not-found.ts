// The page for an address that names no view: says so, and offers the ways in, rather than
// quietly showing some other page.
import type { MountView } from '../state/router.js';
import { pathOfView } from '../state/url.js';
import { appLink, clear, h } from '../ui/dom.js';

export const mountNotFound: MountView = (root, url) => {
  const render = (at: URL) =>
    clear(
      root,
      h(
        'div',
        { class: 'state not-found' },
        h('h1', { class: 'page-title' }, 'Page not found'),
        h('p', {}, 'govgraph has no page at ', h('code', {}, decodeURIComponent(at.pathname)), '.'),
        at.pathname === '/graphql'
          ? h('p', {}, 'The GraphQL API answers queries at ', h('code', {}, '/graphql'), '; its explorer (GraphiQL) is served only by a server started with ', h('code', {}, 'NODE_ENV=development'), '.')
          : null,
        h('p', {}, 'Choose a partnership on the ', appLink(pathOfView('start'), 'start page'), ', or use the views in the menu above.'),
      ),
    );
  render(url);
  return { update: render, destroy: () => {} };
};

// The GraphQL explorer the server shows at /graphql outside production: GraphiQL, bundled with
// its editor and workers, so it works without internet access (no CDN).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
// after GraphiQL's own sheet, which it overrides
import './explorer.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const DEFAULT_QUERY = `# govgraph: every line up to the top from the Havering DV MARAC
{
  reportingChain(id: "havering/dv-marac") {
    id
    name
    kind
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: `${location.origin}/graphql` });
const root = document.getElementById('graphiql');
if (!root) throw new Error('the explorer page has no #graphiql element');
createRoot(root).render(createElement(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY }));

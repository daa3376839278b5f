// Every node a list query matches, read page by page: for callers that need the whole set
// (a partnership's bodies, every area), not a page to show.
import { MAX_PAGE, type GraphNode, type GraphStore, type ListQuery } from './contract.js';

export async function listAll(store: Pick<GraphStore, 'listNodes'>, q: Omit<ListQuery, 'first' | 'after'>): Promise<GraphNode[]> {
  const items: GraphNode[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listNodes({ ...q, first: MAX_PAGE, after });
    items.push(...page.items);
    if (!page.hasNextPage || page.endCursor === null) return items;
    after = page.endCursor;
  }
}

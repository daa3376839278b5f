// A store as the API may read it: every node and relationship it returns passes through
// withoutPersonalData (domain/personal-data.ts), so no resolver, loader or analysis above it can
// show a person's name the setting hides. Writes pass straight through.
import { withoutPersonalData } from '../domain/personal-data.js';
import type { GraphStore } from './contract.js';

export function withholdingPersonalData(store: GraphStore): GraphStore {
  const hide = <T extends Parameters<typeof withoutPersonalData>[0]>(item: T): T => withoutPersonalData(item, false);
  const view: Partial<GraphStore> = {
    getNodes: async (ids) => (await store.getNodes(ids)).map((n) => n && hide(n)),
    getRels: async (ids) => (await store.getRels(ids)).map((r) => r && hide(r)),
    expand: async (q) => (await store.expand(q)).map(hide),
    traverse: async (q) => {
      const res = await store.traverse(q);
      return { ...res, rels: res.rels.map(hide) };
    },
    walk: async (q) => {
      const res = await store.walk(q);
      const nodes = new Map([...res.nodes].map(([id, r]) => [id, { ...r, node: hide(r.node) }]));
      if (!res.planBodies) return { nodes, rels: res.rels.map(hide) };
      return { nodes, rels: res.rels.map(hide), planBodies: { missing: res.planBodies.missing.map(hide), lines: res.planBodies.lines.map(hide) } };
    },
    listNodes: async (q) => {
      const page = await store.listNodes(q);
      return { ...page, items: page.items.map(hide) };
    },
    search: async (q) => (await store.search(q)).map((hit) => ({ ...hit, node: hide(hit.node) })),
  };
  // every other method (writes, stats, ping, close, and any added later that returns no records) is the store's own
  return new Proxy(store, {
    get(target, key, receiver) {
      const own = view[key as keyof GraphStore];
      if (own) return own;
      const v = Reflect.get(target, key, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

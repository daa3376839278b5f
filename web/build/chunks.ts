// How the build splits the app into files, so that a view loads few of them. Over HTTP/1.1 the
// browser opens six connections to a server, and Rollup's default split (a chunk for each set of
// views sharing a module: a dozen small files for the chart view) queued the chart's data request
// behind them (issue 15). Here, what the entry loads is one chunk ("boot", beside the small entry
// itself, which must stay alone: the layout bench page shares modules with it but must not start
// the app); what two or more views share is one chunk ("shared"), except Cytoscape and what draws
// with it ("chart"), which only the views that draw a chart load; each view keeps its own chunk.
import type { GetModuleInfo } from 'rollup';

const CYTOSCAPE = /\/node_modules\/cytoscape\//;
const CHART = /\/web\/src\/chart\//;
const ENTRY = /\/web\/src\/main\.ts$/;

type ManualChunks = (id: string, meta: { getModuleInfo: GetModuleInfo }) => string | undefined;

export function chunkOf(): ManualChunks {
  const memo = { draws: new Map<string, boolean>(), entry: new Map<string, boolean>(), views: new Map<string, Set<string>>() };
  /** a recursive question over the module graph, answered once per module; a cycle answers `none` */
  const once = <T>(cache: Map<string, T>, id: string, none: T, answer: () => T): T => {
    if (!cache.has(id)) {
      cache.set(id, none);
      cache.set(id, answer());
    }
    return cache.get(id)!;
  };
  return (id, { getModuleInfo: info }) => {
    /** whether the module is Cytoscape or a chart module that runs it (imports it at run time, directly or through others) */
    const draws = (m: string): boolean =>
      CYTOSCAPE.test(m) || (CHART.test(m) && once(memo.draws, m, false, () => (info(m)?.importedIds ?? []).some(draws)));
    /** whether the entry imports the module statically, directly or through others */
    const inEntry = (m: string): boolean => ENTRY.test(m) || once(memo.entry, m, false, () => (info(m)?.importers ?? []).some(inEntry));
    /** the views (modules loaded by a dynamic import) that load the module */
    const views = (m: string): Set<string> =>
      once(memo.views, m, new Set<string>(), () => {
        const of = new Set((info(m)?.dynamicImporters.length ?? 0) > 0 ? [m] : []);
        for (const by of info(m)?.importers ?? []) for (const v of views(by)) of.add(v);
        return of;
      });
    // the entries stay alone: main.ts starts the app, which the bench page must not do
    if (ENTRY.test(id) || info(id)?.isEntry) return undefined;
    if (inEntry(id)) return 'boot';
    if (draws(id)) return 'chart';
    return views(id).size > 1 ? 'shared' : undefined;
  };
}

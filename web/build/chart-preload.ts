// The chart view's files fetched as the page starts, when the page is a chart: the entry imports
// the view only once its own files have loaded and run (after the style sheet, which holds scripts
// back), so without this the view's files, Cytoscape's 120 KB among them, were asked for only then
// (issue 15). A small inline script in index.html adds a modulepreload link for each of them, so
// the browser fetches and compiles them while the entry loads; other pages fetch nothing more.
// The server allows the script by its hash, read from the built index.html (server/http/security.ts).
// A page with the chart drawn in it by the server goes without the script (first-chart-page.ts): its
// picture needs none of those files, and they are fetched once it is painted (main.ts).
import type { Plugin } from 'vite';

/** The attribute marking the script, by which the server leaves it out. */
const MARK = 'data-chart-preload';
const SCRIPT = new RegExp(`\\s*<script ${MARK}>[\\s\\S]*?</script>`);

/** `html` (the built index.html) without the script that preloads the chart view's files. */
export const withoutChartPreload = (html: string): string => html.replace(SCRIPT, '');

const CHART_VIEW = /\/web\/src\/views\/chart\/chart-page\.ts$/;

export function chartPreloadPlugin(): Plugin {
  return {
    name: 'govgraph-chart-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const view = chunks.find((c) => c.facadeModuleId && CHART_VIEW.test(c.facadeModuleId));
        // the layout bench page has no chart view to load
        if (!view || !html.includes('id="main"')) return html;
        const files = [view.fileName, ...view.imports].filter((f) => !html.includes(f)).map((f) => `/${f}`);
        const script = `if(location.pathname==='/chart')for(const f of ${JSON.stringify(files)}){const l=document.createElement('link');l.rel='modulepreload';l.href=f;document.head.append(l)}`;
        // before the style sheet, which a script after it would wait for
        const charset = '<meta charset="utf-8" />';
        return html.replace(charset, `${charset}\n    <script ${MARK}>${script}</script>`);
      },
    },
  };
}

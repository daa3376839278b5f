// Builds the web client into web/dist, which the server serves at / (with SPA fallback).
// Two pages: the app, and layout-bench.html that bench/parts/web.ts uses to time the app's own
// layout code on synthetic charts.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Starts the ELK layout worker from the page's <head>, before the app's scripts have even loaded:
 * compiling the 1.6 MB engine is the longest step before the first chart. chart/layout.ts adopts
 * the worker (window.govgraphElkWorker) instead of starting its own.
 */
function startLayoutWorkerEarly(): Plugin {
  return {
    name: 'govgraph-start-layout-worker-early',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.endsWith('index.html') || !ctx.bundle) return html;
        const worker = Object.keys(ctx.bundle).find((f) => /elk-worker\.min-[^/]+\.js$/.test(f));
        if (!worker) throw new Error('the ELK worker is not in the bundle: chart/layout.ts should import it with ?url');
        const script = `<script>if (/^\\/(chart|compare)$/.test(location.pathname) || /[?&]p=/.test(location.search)) window.govgraphElkWorker = new Worker('/${worker}');</script>`;
        return html.replace('</title>', `</title>\n    ${script}`);
      },
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [startLayoutWorkerEarly()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // the ELK worker is one 1.6 MB file we cannot split; it loads off the main thread
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        'layout-bench': fileURLToPath(new URL('layout-bench.html', import.meta.url)),
      },
    },
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development, with `npm start` on :4000
    proxy: { '/graphql': process.env.GOVGRAPH_API ?? 'http://localhost:4000' },
  },
});

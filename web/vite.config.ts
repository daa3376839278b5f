// Builds the web client into web/dist, which the server serves at / (with SPA fallback), each file
// precompressed beside itself, and the registry of its persisted queries (build/persisted-queries.ts).
// Two pages: the app, and layout-bench.html that bench/parts/web.ts uses to time the app's own
// layout code on synthetic charts.
import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { chartPreloadPlugin } from './build/chart-preload.js';
import { chunkOf } from './build/chunks.js';
import { navLinksPlugin } from './build/nav-links.js';
import { persistedQueriesPlugin } from './build/persisted-queries.js';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [
    persistedQueriesPlugin(),
    navLinksPlugin(),
    chartPreloadPlugin(),
    // every file compressed once, at the highest settings, beside itself (x.js.br, x.js.gz): the
    // server sends these (server/http/web.ts) instead of compressing on each request
    compression({
      algorithms: [defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), defineAlgorithm('gzip', { level: 9 })],
      exclude: [/\.vite\//],
      logLevel: 'silent',
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // every browser of es2022 preloads modules itself: the polyfill would be one more file to fetch
    modulePreload: { polyfill: false },
    // one style sheet for every view (about 6 KB compressed): three files for the chart view were three more requests
    cssCodeSplit: false,
    // the ELK worker is one 1.6 MB file we cannot split; it loads off the main thread
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        manualChunks: chunkOf(),
      },
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

// Builds the web client into web/dist, which the server serves at / (with SPA fallback).
// Two pages: the app, and layout-bench.html that bench/parts/web.ts uses to time the app's own
// layout code on synthetic charts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
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

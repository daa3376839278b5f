// Builds the GraphQL explorer (GraphiQL from npm) into explorer/dist; the server serves it at
// /graphql to browsers outside production, its files under /explorer/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explorer/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // the Monaco editor and its GraphQL worker are large and load only on this developer page
    chunkSizeWarningLimit: 5000,
  },
  worker: { format: 'es' },
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const api = process.env['KETENLAB_API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@ketenlab/domain': `${workspaceRoot}libs/domain/src/index.ts` },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/health': { target: api },
      // Dataset uploads and downloads (plain HTTP, not GraphQL).
      '/api': { target: api },
      '/collab': { target: api, ws: true },
    },
  },
  build: {
    outDir: `${workspaceRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
    // The vendor chunk is deliberately one file (~230 kB gzip); warn only beyond that.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across deploys.
        // What the first page needs goes into `vendor`; the question editor's libraries go into
        // chunks of their own that load with it. The groups claim modules by priority: `vendor`
        // first (only modules the entry loads, `$initial`), then Yjs, then TipTap, which would
        // otherwise take Yjs along as one of its dependencies.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules/, tags: ['$initial'], priority: 3 },
            {
              name: 'yjs',
              test: /node_modules[\\/](yjs|y-protocols|y-websocket|y-indexeddb|lib0)[\\/]/,
              priority: 2,
            },
            {
              name: 'tiptap',
              test: /node_modules[\\/](@tiptap|prosemirror-[a-z-]+|orderedmap|rope-sequence|w3c-keyname|linkifyjs)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
});

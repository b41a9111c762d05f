import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const backend = 'http://localhost:3000';

// The production server sends a strict CSP (script-src 'self'; style-src 'self'; font-src via default-src 'self').
// So the build must not contain inline scripts or styles, and must not inline assets (fonts) as data: URLs.
export default defineConfig({
  root: `${repoRoot}src/web`,
  plugins: [react()],
  build: {
    // WEB_DIST_DIR lets parallel work build and serve its own copy (the server reads the same variable).
    outDir: process.env.WEB_DIST_DIR ?? `${repoRoot}dist/web`,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // vendor.js (React, router, i18next, NL Design System components) is ~170 kB gzipped.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // Libraries change less often than the app: a separate file stays in the browser cache longer.
      output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/health': { target: backend, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/health': { target: backend, changeOrigin: false },
    },
  },
});

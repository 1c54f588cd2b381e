import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { compileHintsPlugin } from './src/node/compile-hints-plugin.ts';
import { prerenderPlugin } from './src/node/prerender-plugin.ts';
import { seedsPlugin } from './src/node/seeds-plugin.ts';

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    seedsPlugin('seeds'),
    // Each shipped article's page, server-rendered into the build from the seeds' JSON (issue 7).
    prerenderPlugin(),
    // Each chunk compiled as it streams in, not on its first call inside a click (V8 compile hints).
    compileHintsPlugin(),
    // Offline after a first visit (issue 8): precache the built app and the shipped article JSON. The app
    // registers the worker itself once the page is idle (src/lib/service-worker.ts), not from the head.
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,json}'],
        navigateFallback: '/index.html',
      },
    }),
  ],
  build: {
    target: 'es2022',
    // No modulepreload polyfill (~0.4 kB gzip of the first load): every browser that runs this app's
    // JavaScript but lacks modulepreload (Safari before 17) loads the same chunks on import, just later.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // react-dom in a chunk of its own, so the page can evaluate it in a task of its own before the
        // app's code (prerender plugin): one task for both was the page's longest (~120 ms unthrottled).
        codeSplitting: { groups: [{ name: 'react-dom', test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/ }] },
      },
    },
  },
  test: {
    restoreMocks: true,
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'core', environment: 'node', include: ['src/core/**/*.test.ts', 'src/node/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['src/{app,lib,features}/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});

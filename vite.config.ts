import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import packageJson from './package.json' with { type: 'json' };

const THEME_COLOUR = '#0b4f6c';

export default defineConfig({
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version),
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    // The first screen's budget is checked by scripts/bundle-budget.ts, not by this warning.
    chunkSizeWarningLimit: 600,
  },
  server: {
    // ws: the sync socket (/api/v1/sync/socket) is an upgrade of an /api request.
    proxy: { '/api': { target: 'http://127.0.0.1:8080', ws: true } },
  },
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.ico', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Lotse – Integrationsmanagement',
        short_name: 'Lotse',
        description: 'Fallakten und Integrationspläne – offline, verschlüsselt, synchronisiert.',
        lang: 'de',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: THEME_COLOUR,
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The shell and every lazy chunk and locale, so that any screen opens offline.
        globPatterns: ['**/*.{js,css,html,ico,png,svg,webmanifest,json,woff2}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // Take control of the page on first install, so it works offline without a second visit.
        clientsClaim: true,
        // Background Sync: asks open pages to sync when the network returns (public/sw-background-sync.js).
        importScripts: ['sw-api-network.js', 'sw-background-sync.js'],
      },
    }),
  ],
});

/*
 * Imported into the generated service worker (vite.config.ts, workbox.importScripts).
 * The API is never answered from a cache, so its requests need not pass
 * through the service worker at all: with the Service Worker Static Routing
 * API (Chromium 123 and later) they go straight to the network, and a sync
 * round trip no longer waits for the service worker to wake and pass it on.
 * Browsers without the API keep the old way: workbox has no route for /api/,
 * so such requests fall through to the network.
 */
self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function' || typeof URLPattern !== 'function') return;
  event.waitUntil(
    event
      .addRoutes([
        { condition: { urlPattern: new URLPattern({ pathname: '/api/*' }) }, source: 'network' },
      ])
      .catch(() => undefined), // without the shortcut, everything still works
  );
});

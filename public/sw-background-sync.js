/*
 * Imported into the generated service worker (vite.config.ts, workbox.importScripts).
 * Background Sync wakes the service worker when the network returns, even if
 * Lotse's tab is in the background. The service worker cannot sync by itself:
 * the data key exists only in an unlocked page. So it asks every open page to
 * sync; a locked page ignores the message and syncs after unlocking.
 */
self.addEventListener('sync', (event) => {
  if (event.tag !== 'lotse-sync') return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((clients) => {
      for (const client of clients) client.postMessage({ type: 'lotse-sync' });
    }),
  );
});

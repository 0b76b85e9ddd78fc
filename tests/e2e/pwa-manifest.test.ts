import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../sync-server/start-server';
import { startLotse } from '../support/lotse-server';

describe('the web app manifest', () => {
  let server: RunningServer;
  beforeAll(async () => (server = await startLotse()));
  afterAll(() => server?.close());

  it('makes Lotse installable as a German standalone app with a maskable icon', async () => {
    const html = await (await fetch(server.url)).text();
    expect(html).toContain('rel="manifest"');
    const res = await fetch(`${server.url}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    const manifest = await res.json();
    expect(manifest).toMatchObject({
      name: expect.stringContaining('Lotse'),
      short_name: 'Lotse',
      display: 'standalone',
      lang: 'de',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
    const purposes = manifest.icons.map((icon: { purpose: string }) => icon.purpose);
    expect(purposes).toContain('maskable');
    for (const icon of manifest.icons) {
      const image = await fetch(`${server.url}/${icon.src}`);
      expect(image.headers.get('content-type'), icon.src).toBe('image/png');
    }
    expect((await fetch(`${server.url}/favicon.ico`)).status).toBe(200);
  });

  it('never lets a browser cache the service worker or the page for long', async () => {
    for (const file of ['/sw.js', '/index.html', '/some/client/route']) {
      const res = await fetch(`${server.url}${file}`, { headers: { accept: 'text/html,*/*' } });
      expect(res.status, file).toBe(200);
      expect(res.headers.get('cache-control'), file).toBe('no-cache');
    }
  });
});

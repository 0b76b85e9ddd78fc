import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's protective headers, with a Content-Security-Policy written out in
 * full so that it is clear what the built PWA may do: its own scripts,
 * styles (React sets inline styles), images (and data: URLs for icons), API
 * calls, service worker and manifest, and nothing from anywhere else.
 * `upgrade-insecure-requests` is left out: Lotse also runs on plain http on a
 * laptop or behind a TLS proxy, where upgrading would break it.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'worker-src': ["'self'"],
        'manifest-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    // Case data must never leak through the Referer header to another site.
    referrerPolicy: { policy: 'no-referrer' },
  });
}

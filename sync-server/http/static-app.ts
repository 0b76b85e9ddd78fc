import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

// Files that name a build must always be revalidated, or a tablet keeps an old app forever;
// hashed assets never change and may be cached for good.
const ALWAYS_REVALIDATE = new Set(['/index.html', '/sw.js', '/manifest.webmanifest']);

/** Serves the built PWA, with index.html for any other page path (client-side routes). */
export function staticApp(staticDir: string): Router | undefined {
  const indexFile = path.join(staticDir, 'index.html');
  if (!fs.existsSync(indexFile)) return undefined;
  const router = express.Router();
  router.use(
    express.static(staticDir, {
      index: 'index.html',
      setHeaders(res, filePath) {
        const relative = '/' + path.relative(staticDir, filePath).split(path.sep).join('/');
        if (ALWAYS_REVALIDATE.has(relative) || relative.startsWith('/workbox-'))
          res.setHeader('Cache-Control', 'no-cache');
        else if (relative.startsWith('/assets/'))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  const spaFallback: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' || !req.accepts('html') || path.extname(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  };
  router.use(spaFallback);
  return router;
}

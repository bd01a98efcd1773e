import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Router } from 'express';
import express from 'express';
import { projectRoot } from '../support';

/** Where `npm run build:ui` (Vite, config in ui/) writes the workbench. */
export const WORKBENCH_DIST = path.join(projectRoot, 'dist', 'ui');

/**
 * The analysts' workbench (ui/), served at `/` from the Vite build: every asset comes from this
 * process, so it works offline. Vite names the files in assets/ after their content, so they can be
 * cached for good; the page itself is revalidated on each load, so a new build shows at once. Until
 * the build exists, `/` says how to make it.
 */
export function workbenchRouter(distDir = WORKBENCH_DIST): Router {
  const router = express.Router();
  const index = path.join(distDir, 'index.html');
  router.use('/assets', express.static(path.join(distDir, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: true }));
  router.get('/', (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text').send('The workbench is not built: run `npm run build:ui` (npm start does it).\n');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}

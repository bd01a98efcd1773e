import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Router } from 'express';
import express from 'express';
import { projectRoot } from '../support';

/** Where `npm run build:ui` (Vite, config in ui/) writes the workbench. */
export const WORKBENCH_DIST = path.join(projectRoot, 'dist', 'ui');

/**
 * The analysts' workbench (ui/), served at `/` from the Vite build: every asset comes from this
 * process, so it works offline. Until the build exists, `/` says how to make it.
 */
export function workbenchRouter(distDir = WORKBENCH_DIST): Router {
  const router = express.Router();
  const index = path.join(distDir, 'index.html');
  router.use(express.static(distDir, { index: false, fallthrough: true, maxAge: '1h' }));
  router.get('/', (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text').send('The workbench is not built: run `npm run build:ui` (npm start does it).\n');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}

import type { Router } from 'express';
import express from 'express';
import { ruruHTML } from 'ruru/server';
import { serveStatic } from 'ruru/static';
import { readExamples } from './examples';
import { ideSecurityHeaders } from './securityHeaders';

export const IDE_PATH = '/ide';
const STATIC_PATH = `${IDE_PATH}/static/`;

/**
 * The GraphQL IDE (Ruru, a GraphiQL build) with every script and style served from this process:
 * nothing comes from a CDN, so it works offline. It opens with all example operations loaded; the
 * run button's menu picks one. Its page has a Content-Security-Policy of its own (securityHeaders.ts).
 */
export function ideRouter(graphqlPath: string): Router {
  const examples = readExamples();
  const defaultQuery = [
    '# Example operations answering the analysts\' questions (examples/*.graphql).',
    '# Press the run button and pick one from its menu.',
    '',
    ...examples.map((e) => e.document.trim() + '\n'),
  ].join('\n');
  const html = ruruHTML({
    endpoint: graphqlPath,
    staticPath: STATIC_PATH,
    // ruru-types marks every client option as required, though ruru fills in defaults.
    clientConfig: { defaultQuery, initialQuery: defaultQuery } as Parameters<typeof ruruHTML>[0]["clientConfig"],
  });
  const router = express.Router();
  // Its inline scripts are allowed by their hashes, computed from this very page.
  router.get(IDE_PATH, ideSecurityHeaders(html), (_req, res) => {
    res.type('html').send(html);
  });
  router.use(STATIC_PATH, (req, res, next) => {
    // serveStatic expects the full URL path; express strips the mount point from req.url.
    req.url = req.originalUrl;
    serveStatic(STATIC_PATH)(req, res, next);
  });
  return router;
}

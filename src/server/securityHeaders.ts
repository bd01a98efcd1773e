import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers (helmet) on every response: a strict Content-Security-Policy, framing refused
 * (`frame-ancestors 'none'` and `X-Frame-Options: DENY`), `X-Content-Type-Options: nosniff`,
 * `Referrer-Policy: no-referrer`, and `Strict-Transport-Security` when the request came over TLS
 * (directly, or per X-Forwarded-Proto from a proxy that TRUST_PROXY trusts).
 *
 * The policy allows scripts, styles, fetches and workers from this origin only; no inline script
 * runs. The workbench needs one more thing: Cytoscape's fixed inline stylesheet, allowed by its
 * hash (CYTOSCAPE_STYLESHEET). The IDE's page (ruru) has inline scripts of its own: they
 * are fixed when the server starts, so its policy names each by its SHA-256 hash (`ideScriptHashes`),
 * and it allows inline styles, which GraphiQL's editor (Monaco) writes as it runs.
 */
/**
 * The one inline style the workbench needs: Cytoscape.js inserts this stylesheet into the page's
 * head when it draws (its renderer, `__________cytoscape_stylesheet`), always with this text.
 */
export const CYTOSCAPE_STYLESHEET = '.__________cytoscape_container { position: relative; }';

const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const BASE_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'none'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", sha256Source(CYTOSCAPE_STYLESHEET)],
  workerSrc: ["'self'"],
};

/** The CSP source expressions (`'sha256-…'`) of every inline `<script>` of an HTML page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.push(sha256Source(match[1] ?? ''));
  }
  return hashes;
}

function headers(directives: Record<string, string[] | null>): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Set below, and only over TLS: a browser ignores it over plain HTTP, and a local http:// must keep working.
    strictTransportSecurity: false,
  });
}

/** HSTS for a year, subdomains included, on requests that came over TLS. */
function hstsOverTls(req: Request, res: Response, next: NextFunction): void {
  if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  next();
}

/** The headers for every path but the IDE's page. */
export function securityHeaders(): RequestHandler[] {
  return [hstsOverTls, headers(BASE_DIRECTIVES)];
}

/** The IDE page's policy: the base one, plus its inline scripts by hash and inline styles. */
export function ideSecurityHeaders(html: string): RequestHandler {
  return headers({
    ...BASE_DIRECTIVES,
    scriptSrc: ["'self'", ...inlineScriptHashes(html)],
    styleSrc: ["'self'", "'unsafe-inline'"],
  });
}

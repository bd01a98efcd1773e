import type { Page } from 'playwright-core';
import type { Viewer } from '../../../src/generated/graphql';
import { pollExpression, query } from './workbench';

/**
 * The workbench's token field (ui/src/auth.ts) and the API's own answer to the question it asks,
 * so a test can check that the field shows what `Query.viewer` said and nothing else.
 */

export const VIEWER_QUERY = '{ viewer { subject role anonymous authenticationEnabled anonymousRead permissions } }';

/** The real server's `viewer` for a token (or none). */
export async function apiViewer(url: string, token?: string): Promise<Viewer> {
  return (await query<{ viewer: Viewer }>(url, VIEWER_QUERY, {}, token)).viewer;
}

/** A request the API may refuse: its HTTP status and first error message. */
export async function post(url: string, document: string, token?: string): Promise<{ status: number; message: string | null }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document }),
  });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  return { status: response.status, message: body.errors?.[0]?.message ?? null };
}

/** What the token field shows: its data attributes, the text of its parts, and its summary. */
export interface TokenField {
  accepted: string;
  authentication: string;
  role: string;
  subject: string;
  roleText: string | null;
  subjectText: string | null;
  permissions: Array<{ value: string; text: string }>;
  text: string;
  summary: string;
}

/** Runs in the page (no closures: its source is sent to the browser). */
function readTokenField(): TokenField {
  const doc = (globalThis as any).document;
  const el = doc.getElementById('token-role');
  return {
    accepted: el.dataset.accepted ?? '',
    authentication: el.dataset.authentication ?? '',
    role: el.dataset.role ?? '',
    subject: el.dataset.subject ?? '',
    roleText: el.querySelector('.token-role-name')?.textContent ?? null,
    subjectText: el.querySelector('.token-subject')?.textContent ?? null,
    permissions: Array.from(el.querySelectorAll('[data-permission]')).map((li: any) => ({ value: li.dataset.permission, text: li.textContent })),
    text: el.textContent,
    summary: doc.querySelector('#token summary').textContent,
  };
}

export function shownToken(page: Page): Promise<TokenField> {
  return page.evaluate(readTokenField);
}

/**
 * Waits until the field satisfies `check` (run in the page, so it may use only `field` and `arg`).
 * The predicate is put together here: the page's CSP refuses `new Function` in page code.
 */
export async function waitForToken<A>(page: Page, check: (field: TokenField, arg: A) => boolean, arg?: A): Promise<void> {
  const predicate = `(${check.toString()})((${readTokenField.toString()})(), ${JSON.stringify(arg ?? null)})`;
  await pollExpression(page, predicate, 20_000, check.toString());
}

/** Opens the token field when it is closed, types a token and submits it, as an analyst would. */
export async function useToken(page: Page, token: string): Promise<void> {
  if (!(await page.locator('#token').evaluate((details: any) => details.open))) await page.locator('#token summary').click();
  await page.locator('#token-input').fill(token);
  await page.locator('#token-input').press('Enter');
}

/**
 * The field shows exactly the API's answer: the same role, subject and permissions (no more, no
 * fewer), "authentication is off" only when the API says so, and no expiry, which the API does
 * not give.
 */
export function expectShows(field: TokenField, viewer: Viewer): void {
  const role = viewer.role ? viewer.role.toLowerCase() : null;
  expect(field.accepted).toBe('true');
  expect(field.authentication).toBe(viewer.authenticationEnabled ? 'on' : 'off');
  expect(field.text.includes('Authentication is off on this server.')).toBe(!viewer.authenticationEnabled);
  expect(field.role).toBe(viewer.role ?? '');
  expect(field.subject).toBe(viewer.subject ?? '');
  expect(field.roleText).toBe(role);
  expect(field.subjectText).toBe(viewer.subject ?? null);
  expect(field.permissions.map((p) => p.value)).toEqual(viewer.permissions);
  for (const p of field.permissions) expect(p.text.startsWith(p.value.toLowerCase())).toBe(true);
  if (viewer.anonymous && viewer.authenticationEnabled) {
    expect(field.text).toContain(`This server ${viewer.anonymousRead ? 'lets' : 'does not let'} anonymous requests read.`);
  }
  expect(field.summary).toBe(!viewer.authenticationEnabled ? 'Authentication off' : role ? `Token: ${role}` : 'Token: none');
  expect(field.text).not.toMatch(/expire|until|UTC|valid for/i);
}

/**
 * The token field. A token is kept for this browser tab only (sessionStorage), sent as a bearer
 * token, and checked against the API at once; the panel says what its role allows. The API has no
 * query that describes the caller, so the role is read from the token's `roles` claim and is
 * trusted only once the API accepted the token.
 */
import { describeError, type ApiClient } from './api';
import { byId } from './dom';
import { SOURCES } from './queries';

const STORAGE_KEY = 'kg-workbench-token';

/** What each role may do, as the README's security section documents it. */
const ROLE_ALLOWS: Record<string, string> = {
  viewer: 'read everything: search, graph, claims, sources',
  analyst: 'read, and write: upsertEntity, recordSource, assertClaim, retractClaim, ingestArticle',
  admin: 'read, write, and mergeEntities / unmergeEntities',
};
const ROLE_ORDER = ['viewer', 'analyst', 'admin'];

export interface TokenClaims {
  subject: string | null;
  role: string | null;
  expires: Date | null;
}

/** Reads (does not verify) a JWT's payload: verifying is the API's job. */
export function readToken(token: string): TokenClaims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: string; roles?: unknown; exp?: number };
    const roles = (Array.isArray(json.roles) ? json.roles : [json.roles]).filter((r): r is string => ROLE_ORDER.includes(String(r)));
    const role = roles.sort((a, b) => ROLE_ORDER.indexOf(b) - ROLE_ORDER.indexOf(a))[0] ?? null;
    return { subject: json.sub ?? null, role, expires: json.exp ? new Date(json.exp * 1000) : null };
  } catch {
    return null;
  }
}

export class TokenControl {
  private readonly input = byId<HTMLInputElement>('token-input');
  private readonly role = byId('token-role');
  private readonly details = byId<HTMLDetailsElement>('token');

  constructor(
    private readonly api: ApiClient,
    private readonly onChange: () => void,
  ) {
    api.token = sessionStorage.getItem(STORAGE_KEY);
    this.describe(null);
    byId('token-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.use(this.input.value.trim() || null);
    });
    byId('token-clear').addEventListener('click', () => void this.use(null));
  }

  /** Opens the token field and focuses it: the answer to "the API wants a valid token". */
  ask(): void {
    this.details.open = true;
    this.input.focus();
  }

  /** Checks the token in use against the API and says what it allows. */
  async check(): Promise<boolean> {
    try {
      await this.api.request(SOURCES, { first: 1 });
      this.describe(true);
      return true;
    } catch (error) {
      this.describe(false, describeError(error).detail);
      return false;
    }
  }

  private async use(token: string | null): Promise<void> {
    this.api.token = token;
    if (token) sessionStorage.setItem(STORAGE_KEY, token);
    else sessionStorage.removeItem(STORAGE_KEY);
    this.input.value = '';
    await this.check();
    this.onChange();
  }

  private describe(accepted: boolean | null, problem?: string): void {
    const token = this.api.token;
    const summary = this.details.querySelector('summary') as HTMLElement;
    this.role.dataset.accepted = accepted === null ? '' : String(accepted);
    if (!token) {
      summary.textContent = 'Token: none';
      this.role.textContent = accepted === false ? `Without a token: ${problem}` : 'No token: you read as an anonymous visitor, if the service allows it.';
      return;
    }
    const claims = readToken(token);
    const role = claims?.role ?? null;
    summary.textContent = `Token: ${role ?? 'unknown role'}${accepted === false ? ' (refused)' : ''}`;
    if (accepted === false) {
      this.role.textContent = `The API refused this token: ${problem}`;
      return;
    }
    const who = claims?.subject ? ` as ${claims.subject}` : '';
    const until = claims?.expires ? `, until ${claims.expires.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
    this.role.textContent = role
      ? `Role ${role}${who}${until}: may ${ROLE_ALLOWS[role]}. The workbench itself only reads.${accepted ? ' Accepted by the API.' : ''}`
      : 'This token names no role the API knows (viewer, analyst, admin).';
  }
}

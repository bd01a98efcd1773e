/**
 * The token field. A token is kept for this browser tab only (sessionStorage) and sent as a bearer
 * token. Who the caller is and what it may do come from the API's `viewer` query, asked whenever
 * the workbench starts or the token changes: the workbench never reads the token itself, because
 * an unverified payload is only a claim, and verifying it is the API's job. The API does not say
 * when a token expires, so neither does the field; an expired token shows up as the API's refusal.
 */
import { ApiError, createApiClient, describeError, type ApiClient } from './api';
import { byId, fill, h } from './dom';
import { VIEWER } from './queries';
import type { Viewer } from './types';
import { PERMISSIONS } from './vocabulary';

const STORAGE_KEY = 'kg-workbench-token';

/** "WRITE" → "write", with the schema's description of the value when it has one. */
function permissionLabel(name: string): string {
  const description = PERMISSIONS.find((p) => p.name === name)?.description;
  return description ? `${name.toLowerCase()}: ${description}` : name.toLowerCase();
}

/** The list of what the API says the caller may do, each item marked with the API's own value. */
function permissionList(lead: string, permissions: string[]): HTMLElement {
  if (permissions.length === 0) return h('p', { class: 'token-permissions-none' }, `${lead} nothing on this server.`);
  return h(
    'div',
    {},
    h('p', { class: 'token-lead' }, `${lead}:`),
    h('ul', { class: 'token-permissions' }, ...permissions.map((p) => h('li', { 'data-permission': p }, permissionLabel(p)))),
  );
}

export class TokenControl {
  private readonly input = byId<HTMLInputElement>('token-input');
  private readonly status = byId('token-role');
  private readonly details = byId<HTMLDetailsElement>('token');
  private readonly summary = this.details.querySelector('summary') as HTMLElement;
  /** Numbers the checks, so that only the latest one's answer is shown. */
  private sequence = 0;

  constructor(
    private readonly api: ApiClient,
    private readonly onChange: () => void,
  ) {
    api.token = sessionStorage.getItem(STORAGE_KEY);
    this.showChecking();
    byId('token-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.use(this.input.value.trim() || null);
    });
    byId('token-clear').addEventListener('click', () => this.use(null));
  }

  /**
   * Opens the token field and focuses it: the answer to "the API wants a valid token". When the
   * field still shows a token the API accepted (it has expired since, say), it asks the API again.
   */
  ask(): void {
    this.details.open = true;
    this.input.focus();
    if (this.status.dataset.accepted === 'true') void this.check();
  }

  /** Asks the API who the caller is and shows its answer; null when the API gave none. */
  async check(): Promise<Viewer | null> {
    const mine = ++this.sequence;
    this.showChecking();
    try {
      const { viewer } = await this.api.request<{ viewer: Viewer }>(VIEWER);
      if (mine === this.sequence) this.showViewer(viewer);
      return viewer;
    } catch (error) {
      if (mine !== this.sequence) return null;
      const refused = error instanceof ApiError && (error.kind === 'unauthenticated' || error.kind === 'forbidden');
      // A refused token says nothing about the server: ask again without it, for how it lets callers in.
      const server = refused && this.api.token ? await this.askWithoutToken() : null;
      if (mine === this.sequence) this.showFailure(error, refused, server);
      return null;
    }
  }

  private async askWithoutToken(): Promise<Viewer | null> {
    try {
      return (await createApiClient(this.api.endpoint).request<{ viewer: Viewer }>(VIEWER)).viewer;
    } catch {
      return null;
    }
  }

  /** Keeps the token for this tab and restarts the workbench with it, which checks it. */
  private use(token: string | null): void {
    this.api.token = token;
    if (token) sessionStorage.setItem(STORAGE_KEY, token);
    else sessionStorage.removeItem(STORAGE_KEY);
    this.input.value = '';
    this.onChange();
  }

  private mark(accepted: '' | 'true' | 'false', viewer: Viewer | null): void {
    const data = this.status.dataset;
    data.accepted = accepted;
    data.authentication = viewer ? (viewer.authenticationEnabled ? 'on' : 'off') : '';
    data.role = viewer?.role ?? '';
    data.subject = viewer?.subject ?? '';
  }

  private showChecking(): void {
    this.mark('', null);
    this.summary.textContent = this.api.token ? 'Token: checking…' : 'Token: none';
    fill(this.status, h('p', {}, this.api.token ? 'Asking the API about this token…' : 'Asking the API who you are…'));
  }

  /** Everything shown here is a field of the API's answer. */
  private showViewer(viewer: Viewer): void {
    this.mark('true', viewer);
    const role = viewer.role?.toLowerCase() ?? null;
    this.summary.textContent = !viewer.authenticationEnabled ? 'Authentication off' : role ? `Token: ${role}` : 'Token: none';
    fill(
      this.status,
      viewer.authenticationEnabled ? null : h('p', { class: 'token-auth-off' }, 'Authentication is off on this server.'),
      viewer.anonymous
        ? h('p', {}, 'No token: you are an anonymous visitor.', viewer.authenticationEnabled ? ` This server ${viewer.anonymousRead ? 'lets' : 'does not let'} anonymous requests read.` : null)
        : h(
            'p',
            {},
            'Role ',
            h('strong', { class: 'token-role-name' }, role ?? 'none'),
            viewer.subject ? ' as ' : null,
            viewer.subject ? h('strong', { class: 'token-subject' }, viewer.subject) : null,
            ', accepted by the API.',
          ),
      permissionList(viewer.anonymous ? 'You may' : 'This role may', viewer.permissions),
      h('p', { class: 'token-note' }, 'The workbench writes only analysts’ reviews of claims (accept, reject).'),
    );
  }

  private showFailure(error: unknown, refused: boolean, server: Viewer | null): void {
    const { title, detail } = describeError(error);
    const message = error instanceof ApiError ? error.message : detail;
    this.mark(refused ? 'false' : '', server);
    this.summary.textContent = refused ? (this.api.token ? 'Token: refused' : 'Token: needed') : 'Token: unknown';
    fill(
      this.status,
      h('p', { class: 'token-problem' }, refused ? (this.api.token ? `The API refused this token: ${message}` : `Without a token: ${message}`) : `Could not ask the API who you are. ${title}: ${detail}`),
      server && !server.authenticationEnabled ? h('p', { class: 'token-auth-off' }, 'Authentication is off on this server.') : null,
      server ? permissionList('Without a token you may', server.permissions) : null,
      server && server.permissions.length > 0 ? h('p', { class: 'token-note' }, '“Forget” the token to go on without one.') : null,
    );
  }
}

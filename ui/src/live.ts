/**
 * Live news for the entities in view, over the API's subscriptions (graphql-ws at /graphql, see
 * docs/subscriptions.md). New claims about an entity on screen, and entities whose facts changed,
 * are listed in a notice area that floats over the corner of the graph, so the layout never moves;
 * the notice offers to refresh the view instead of refreshing it under the analyst's eyes.
 */
import { createClient, type Client } from 'graphql-ws';
import { byId, fill, h } from './dom';

const CLAIM_ADDED = 'subscription LiveClaims { claimAdded { id text predicate subject { id name } object { id name } } }';
const FACT_CHANGED = 'subscription LiveFacts { factChanged { entity { id name } cause } }';

/** How many new claims the notice lists; older ones are counted only. */
const SHOWN = 5;

interface LiveClaim {
  id: string;
  text: string;
  predicate: string;
  subject: { id: string; name: string };
  object: { id: string; name: string } | null;
}

export interface LiveHandlers {
  /** Ids of the entities on screen now. */
  inView(): ReadonlySet<string>;
  /** Reloads the view (the analyst asked for it). */
  refresh(): void;
  /** Opens a claim in the side panel. */
  openClaim(id: string): void;
  /** A claim was written anywhere in the graph (in view or not): its source may bring a new publication date. */
  learned(): void;
}

export class LiveFeed {
  private readonly area = byId('live');
  private client: Client | null = null;
  private claims: LiveClaim[] = [];
  private changed = new Map<string, string>();
  /** Why live news stopped, when the server ended them (an expired token); null while they run. */
  private stopped: string | null = null;

  constructor(private readonly handlers: LiveHandlers) {}

  /** (Re)connects with this token (none: anonymous); called at start and whenever the token changes. */
  connect(token: string | null): void {
    void this.client?.dispose();
    this.stopped = null;
    this.render();
    this.client = createClient({
      url: `${location.origin.replace(/^http/, 'ws')}/graphql`,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 5,
    });
    // A refused connection (no right to read) or a server without subscriptions just shows nothing;
    // news that stop because the token expired say so, or silence would read as "nothing new".
    const client = this.client;
    const ended = (error: unknown) => {
      const close = error as { code?: unknown; reason?: unknown } | null;
      if (client !== this.client || close?.code !== 4401 || typeof close.reason !== 'string' || !/expired/.test(close.reason)) return;
      this.stopped = `Live news stopped: ${close.reason.replace(/: connect again with a new one$/, '')}. Enter a new token to resume them.`;
      this.render();
    };
    const ignore = () => undefined;
    this.client.subscribe<{ claimAdded: LiveClaim }>({ query: CLAIM_ADDED }, { next: ({ data }) => data && this.onClaim(data.claimAdded), error: ended, complete: ignore });
    this.client.subscribe<{ factChanged: { entity: { id: string; name: string } } }>(
      { query: FACT_CHANGED },
      { next: ({ data }) => data && this.onFacts(data.factChanged.entity), error: ended, complete: ignore },
    );
  }

  private onClaim(claim: LiveClaim): void {
    this.handlers.learned();
    const inView = this.handlers.inView();
    if (!inView.has(claim.subject.id) && !(claim.object && inView.has(claim.object.id))) return;
    this.claims = [claim, ...this.claims.filter((c) => c.id !== claim.id)];
    this.render();
  }

  private onFacts(entity: { id: string; name: string }): void {
    if (!this.handlers.inView().has(entity.id)) return;
    this.changed.set(entity.id, entity.name);
    this.render();
  }

  private dismiss(): void {
    this.claims = [];
    this.changed.clear();
    this.stopped = null;
    this.render();
  }

  private render(): void {
    const empty = this.claims.length === 0 && this.changed.size === 0 && this.stopped === null;
    this.area.hidden = empty;
    if (empty) return fill(this.area);
    const more = this.claims.length - SHOWN;
    fill(
      this.area,
      h('h2', { class: 'live-title' }, 'Live'),
      this.stopped ? h('p', { class: 'live-stopped' }, this.stopped) : null,
      this.claims.length > 0
        ? h(
            'ul',
            { class: 'live-claims' },
            ...this.claims.slice(0, SHOWN).map((c) =>
              h('li', { 'data-claim': c.id }, h('button', { type: 'button', class: 'linkish', onclick: () => this.handlers.openClaim(c.id) },
                `New claim: ${c.subject.name} ${c.predicate.toLowerCase().replace(/_/g, ' ')}${c.object ? ` ${c.object.name}` : ''}`)),
            ),
            more > 0 ? h('li', {}, `and ${more} more`) : null,
          )
        : null,
      this.changed.size > 0
        ? h(
            'p',
            { class: 'live-facts' },
            `Facts changed for ${[...this.changed.values()].join(', ')}. `,
            h('button', { type: 'button', id: 'live-refresh', onclick: () => { this.dismiss(); this.handlers.refresh(); } }, 'Refresh the view'),
          )
        : null,
      h('button', { type: 'button', class: 'linkish live-dismiss', onclick: () => this.dismiss() }, 'Dismiss'),
    );
  }
}

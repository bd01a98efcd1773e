/**
 * The side panel: why two actors are linked. For a fact it lists every claim behind it with the
 * quoted excerpt, who reports it, the source (title, publisher, link, date), confidence on both
 * Admiralty axes, status and corroboration; disputed facts say so and show the disagreement (the
 * fact's own Relationship.disputes, loaded with the view, so no request of its own). For an
 * entity it shows its names and what can be done from it.
 */
import { fill, h } from './dom';
import * as fmt from './format';
import { KIND_STYLES, UNKNOWN_KIND } from './graphStyle';
import type { Claim, Dispute, Entity, EntityRef, Relationship } from './types';
import { humanize } from './vocabulary';

export interface PanelActions {
  expand(id: string): void;
  recentre(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  close(): void;
}

/** The two Admiralty axes, as the schema documents them (Reliability, Claim.credibility). */
const RELIABILITY: Record<string, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};
const CREDIBILITY: Record<number, string> = {
  1: 'confirmed',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtfully true',
  5: 'improbable',
  6: 'truth cannot be judged',
};

export class SidePanel {
  constructor(
    private readonly root: HTMLElement,
    private readonly actions: PanelActions,
  ) {}

  clear(message = 'Click an edge to see why two actors are linked: its claims, who reports them and where.'): void {
    this.root.dataset.showing = '';
    this.root.replaceChildren(h('p', { class: 'muted' }, message));
  }

  /** Focuses the panel's heading, for keyboard users who opened it. */
  focus(): void {
    this.root.querySelector<HTMLElement>('h2')?.focus();
  }

  showEntity(entity: Entity, marks: { isRoot: boolean; expanded: boolean }): void {
    const style = KIND_STYLES.get(entity.kind) ?? UNKNOWN_KIND;
    this.root.dataset.showing = `entity:${entity.id}`;
    fill(
      this.root,
      this.heading(entity.name),
      h('p', {}, h('span', { class: 'badge kind', style: `border-color:${style.color}` }, humanize(entity.kind)), entity.reliability ? h('span', { class: 'badge' }, `reliability ${entity.reliability}: ${RELIABILITY[entity.reliability] ?? ''}`) : null),
      entity.description ? h('p', { class: 'description' }, entity.description) : null,
      entity.aliasDetails.length
        ? h('div', {}, h('h3', {}, 'Also called'), h('ul', { class: 'aliases' }, ...entity.aliasDetails.map((a) => h('li', {}, a.name, ' ', h('span', { class: 'muted' }, `(${humanize(a.kind).toLowerCase()})`)))))
        : null,
      h(
        'div',
        { class: 'row wrap actions' },
        marks.isRoot || marks.expanded ? null : h('button', { type: 'button', onclick: () => this.actions.expand(entity.id) }, 'Expand'),
        marks.isRoot ? null : h('button', { type: 'button', onclick: () => this.actions.recentre(entity.id) }, 'Centre the view here'),
        h('button', { type: 'button', onclick: () => this.actions.pathFrom(entity.id) }, 'Paths from here'),
        h('button', { type: 'button', onclick: () => this.actions.pathTo(entity.id) }, 'Paths to here'),
      ),
      h('p', { class: 'muted small' }, 'Its claims in time order are in the timeline under the graph.'),
    );
  }

  showRelationship(rel: Relationship): void {
    this.root.dataset.showing = `edge:${rel.id}`;
    fill(
      this.root,
      this.heading(`${rel.from.name} — ${humanize(rel.type).toLowerCase()} → ${rel.to.name}`),
      h(
        'p',
        { class: 'badges' },
        h('span', { class: 'badge type' }, rel.type),
        rel.disputed ? h('span', { class: 'badge disputed', title: 'Some claims about this cannot all be true' }, 'Disputed') : null,
        rel.unattributedOnly ? h('span', { class: 'badge warn' }, 'Rests on unattributed reports only') : null,
      ),
      h(
        'dl',
        { class: 'facts' },
        ...pair('From', entityName(rel.from)),
        ...pair('To', entityName(rel.to)),
        ...pair('Valid time', fmt.validTime(rel.validFrom, rel.validTo) || 'not given by any claim'),
        ...(rel.quantity ? pair('Quantity', fmt.quantity(rel.quantity)) : []),
        ...pair('Confidence', `${fmt.confidence(rel.confidence)} (combined over independent reporters)`),
        ...pair('Corroboration', `${rel.corroboration} independent reporter${rel.corroboration === 1 ? '' : 's'}`),
        ...pair('Claims', String(rel.claimCount)),
      ),
      rel.disputed ? this.disputeSection(rel.disputes) : null,
      h('h3', {}, `Claims (${rel.claims.length})`),
      h('div', { class: 'claims' }, ...rel.claims.map((c) => claimCard(c))),
      h('div', { class: 'row wrap actions' }, h('button', { type: 'button', onclick: () => this.actions.close() }, 'Close')),
    );
  }

  showClaim(claim: Claim): void {
    this.root.dataset.showing = `claim:${claim.id}`;
    fill(
      this.root,
      this.heading(`${claim.subject.name} — ${humanize(claim.predicate).toLowerCase()}${claim.object ? ` → ${claim.object.name}` : ''}`),
      claimCard(claim),
      h('div', { class: 'row wrap actions' }, h('button', { type: 'button', onclick: () => this.actions.close() }, 'Close')),
    );
  }

  /** The fact's own disputes, as Relationship.disputes lists them (in id order). */
  private disputeSection(disputes: Dispute[]): HTMLElement {
    return h(
      'section',
      { class: 'disputes', 'aria-label': 'Disagreement' },
      h('h3', {}, 'Where sources disagree'),
      disputes.length === 0
        ? h('p', { class: 'muted' }, 'The API marks this fact disputed, but names no dispute about it.')
        : h('ul', {}, ...disputes.map((d) => h('li', { 'data-dispute-id': d.id }, h('strong', {}, humanize(d.kind)), ': ', d.reason, ' ', h('span', { class: 'muted' }, `(${d.claims.length} claims)`)))),
    );
  }

  private heading(text: string): HTMLElement {
    return h('h2', { tabindex: '-1' }, text);
  }
}

function pair(term: string, value: Node | string): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, value)];
}

function entityName(e: EntityRef): HTMLElement {
  return h('span', {}, e.name, ' ', h('span', { class: 'muted' }, `(${humanize(e.kind).toLowerCase()})`));
}

const ATTRIBUTION: Record<Claim['attribution'], string> = {
  SOURCE: 'the source, in its own voice',
  REPORTER: 'a named reporter',
  UNATTRIBUTED: 'unnamed reports (“reports suggest”)',
};

/** One claim: excerpt, reporter, source, both confidence axes, status. */
export function claimCard(claim: Claim): HTMLElement {
  const source = claim.source;
  const reporter = claim.reportedBy
    ? h('span', {}, claim.reportedBy.name, claim.reportedBy.reliability ? h('span', { class: 'muted' }, ` (reliability ${claim.reportedBy.reliability})`) : null)
    : h('span', {}, claim.attribution === 'SOURCE' && source.publisher ? `${source.publisher.name}, in its own voice` : ATTRIBUTION[claim.attribution]);
  const more = claim.excerpts.filter((e) => e !== claim.text);
  return h(
    'article',
    { class: `claim status-${claim.status.toLowerCase()}`, 'data-claim-id': claim.id },
    h(
      'p',
      { class: 'badges' },
      h('span', { class: `badge status ${claim.status.toLowerCase()}` }, claim.status),
      claim.polarity === 'DENIED' ? h('span', { class: 'badge warn' }, 'Denied') : null,
      claim.unattributedOnly ? h('span', { class: 'badge warn' }, 'Unattributed, uncorroborated') : null,
    ),
    h('blockquote', { class: 'excerpt' }, claim.text),
    more.length ? h('details', {}, h('summary', {}, `The source says it ${more.length} more time${more.length === 1 ? '' : 's'}`), ...more.map((m) => h('blockquote', { class: 'excerpt' }, m))) : null,
    h(
      'dl',
      {},
      h('dt', {}, 'Reporter'),
      h('dd', { class: 'reporter' }, reporter),
      h('dt', {}, 'Source'),
      h(
        'dd',
        { class: 'source' },
        h('span', { class: 'source-title' }, source.title ?? 'Untitled'),
        source.publisher ? h('span', { class: 'source-publisher' }, ` · ${source.publisher.name}`) : null,
        source.publishedAt ? h('span', { class: 'source-date' }, ` · published ${source.publishedAt.iso}`) : h('span', { class: 'muted' }, ' · no publication date'),
        h('br'),
        source.url
          ? h('a', { class: 'source-link', href: source.url, target: '_blank', rel: 'noopener noreferrer' }, source.url)
          : h('span', { class: 'muted source-link' }, source.contentHash ? `No link recorded (content hash ${source.contentHash.slice(0, 12)}…)` : 'No link recorded'),
      ),
      h('dt', {}, 'Confidence'),
      h(
        'dd',
        { class: 'confidence' },
        `Admiralty ${claim.reliability}${claim.credibility ?? '?'}: `,
        `reliability ${claim.reliability} (${RELIABILITY[claim.reliability] ?? '?'}), `,
        `credibility ${claim.credibility ?? '–'} (${claim.credibility ? CREDIBILITY[claim.credibility] ?? '?' : 'not rated'})`,
        ` · score ${fmt.confidence(claim.confidence)}`,
      ),
      h('dt', {}, 'Status'),
      h('dd', { class: 'status' }, claim.status === 'CORROBORATED' ? 'Corroborated: another reporter says the same' : humanize(claim.status)),
      ...(claim.validFrom || claim.validTo ? [h('dt', {}, 'Valid time'), h('dd', {}, fmt.validTime(claim.validFrom, claim.validTo))] : []),
      ...(claim.quantity ? [h('dt', {}, 'Quantity'), h('dd', {}, fmt.quantity(claim.quantity))] : []),
      h('dt', {}, 'Known from'),
      h('dd', {}, claim.knownAt),
      ...(claim.note ? [h('dt', {}, 'Note'), h('dd', {}, claim.note)] : []),
      ...(claim.retraction ? [h('dt', {}, 'Retracted'), h('dd', {}, `${claim.retraction.at} by ${claim.retraction.by}: ${claim.retraction.reason}`)] : []),
    ),
  );
}

/**
 * The side panel. For a fact: its evidence, dissent included, grouped by independent origin
 * (evidence.ts), with "2 sources, 1 origin" explained in words. For an entity: its profile (its
 * facts by type, the claims about it by type, what it published and said) and the story around it
 * one click away. For a claim: the claim with its pivots. For a source: the source view
 * (sourceView.ts).
 */
import { groupBy } from '../../src/support/groupBy';
import { fill, h } from './dom';
import { feedRecords } from './csv';
import { groupByOrigin, independenceLine, independenceReason, ORIGIN_KIND, STANCE_TEXT, stances, type EvidenceClaim } from './evidence';
import * as fmt from './format';
import { KIND_STYLES, UNKNOWN_KIND } from './graphStyle';
import type { Claim, Dispute, Entity, EntityRef, Profile, Relationship, Source } from './types';
import { humanize } from './vocabulary';

export interface PanelActions {
  expand(id: string): void;
  recentre(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  close(): void;
  /** Opens a fact: on the graph when drawn, else in the panel. */
  openFact(rel: Pick<Relationship, 'id' | 'type' | 'from' | 'to'>): void;
  openClaim(claim: Claim): void;
  openSource(id: string): void;
  /** Shows an entity's profile (a pivot: everything this outlet published, this agency said). */
  openProfile(id: string): void;
  /** Draws the facts of the forces, units and persons that belong to it. */
  story(id: string): void;
  /** Loads the next claims of a fact whose panel shows only its first. */
  moreClaims(rel: Relationship): void;
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

/** What a dispute is about, as a profile's list of disputes names it. */
const DISPUTE_KIND: Record<string, string> = {
  QUANTITY: 'Figures disagree',
  POLARITY: 'Asserted and denied',
  TIME: 'Dates disagree',
};

export const REVIEW_TEXT: Record<string, string> = {
  PENDING: 'Awaiting review',
  ACCEPTED: 'Accepted',
  REJECTED: 'Rejected',
};

export class SidePanel {
  constructor(
    readonly root: HTMLElement,
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

  showEntity(entity: Entity, marks: { isRoot: boolean; expanded: boolean }, profile: Profile | null = null, loading = false): void {
    const style = KIND_STYLES.get(entity.kind) ?? UNKNOWN_KIND;
    this.root.dataset.showing = `entity:${entity.id}`;
    fill(
      this.root,
      this.heading(entity.name),
      h('p', {}, h('span', { class: 'badge kind', style: `border-color:${style.color}` }, humanize(entity.kind)), entity.reliability ? h('span', { class: 'badge' }, `reliability ${entity.reliability}: ${RELIABILITY[entity.reliability] ?? ''}`) : null),
      entity.description ? h('p', { class: 'description' }, entity.description) : null,
      entity.aliasDetails.length
        ? h('details', {}, h('summary', {}, `Also called (${entity.aliasDetails.length})`), h('ul', { class: 'aliases' }, ...entity.aliasDetails.map((a) => h('li', {}, a.name, ' ', h('span', { class: 'muted' }, `(${humanize(a.kind).toLowerCase()})`)))))
        : null,
      h(
        'div',
        { class: 'row wrap actions' },
        marks.isRoot || marks.expanded ? null : h('button', { type: 'button', onclick: () => this.actions.expand(entity.id) }, 'Expand'),
        marks.isRoot ? null : h('button', { type: 'button', onclick: () => this.actions.recentre(entity.id) }, 'Centre the view here'),
        h('button', { type: 'button', onclick: () => this.actions.pathFrom(entity.id) }, 'Paths from here'),
        h('button', { type: 'button', onclick: () => this.actions.pathTo(entity.id) }, 'Paths to here'),
      ),
      profile ? this.profile(profile) : h('p', { class: 'muted profile-loading' }, loading ? 'Loading its facts and claims …' : ''),
    );
  }

  /** The profile: facts by type, claims by type, the story around it, what it published and said. */
  private profile(p: Profile): HTMLElement {
    const facts = p.relationships.edges.map((e) => e.node);
    const claims = p.claims.edges.map((e) => e.node);
    const members = p.members.edges.map((e) => e.node.from);
    const byType = groupBy(facts, (f) => f.type);
    const claimsByType = groupBy(claims, (c) => c.predicate);
    const more = (total: number, shown: number) => (total > shown ? h('p', { class: 'muted small' }, `… and ${total - shown} more (the first ${shown} are shown)`) : null);
    return h(
      'div',
      { class: 'profile' },
      h(
        'section',
        { class: 'story', 'aria-labelledby': 'story-h' },
        h('h3', { id: 'story-h' }, 'The story around it'),
        members.length
          ? h(
              'div',
              {},
              h('p', { class: 'small' }, `${members.length} belong to it: `, members.map((m) => m.name).join(', '), '.'),
              h('button', { type: 'button', class: 'story-button', onclick: () => this.actions.story(p.id) }, `Show the facts of its ${members.length === 1 ? 'member' : `${members.length} members`}`),
            )
          : h('p', { class: 'muted small' }, 'No force, unit or person is recorded as part of it.'),
      ),
      h(
        'section',
        { class: 'profile-facts', 'aria-labelledby': 'profile-facts-h' },
        h('h3', { id: 'profile-facts-h' }, `Facts (${p.relationships.totalCount}${p.window ? `, ${p.window}` : ''})`),
        facts.length === 0 ? h('p', { class: 'muted small' }, p.window ? 'No facts with the current date in the valid-time window.' : 'No facts with the current date.') : null,
        ...[...byType].map(([type, list]) =>
          h(
            'details',
            { open: true, class: 'profile-group', 'data-type': type },
            h('summary', {}, `${humanize(type)} (${list.length})`),
            h(
              'ul',
              { class: 'plain' },
              ...list.map((f) =>
                h(
                  'li',
                  {},
                  h('button', { type: 'button', class: 'element', 'data-edge-id': f.id, onclick: () => this.actions.openFact(f) }, factLabel(f), f.disputed ? h('span', { class: 'badge disputed' }, 'Disputed') : null, f.pendingOnly ? h('span', { class: 'badge pending' }, 'Awaiting review') : null),
                ),
              ),
            ),
          ),
        ),
        more(p.relationships.totalCount, facts.length),
      ),
      this.profileDisputes(p.disputes, p.relationships.edges.map((e) => e.node), p.window),
      h(
        'section',
        { class: 'profile-claims', 'aria-labelledby': 'profile-claims-h' },
        h('h3', { id: 'profile-claims-h' }, `Claims about it (${p.claims.totalCount}${p.window ? `, ${p.window}` : ''})`),
        ...[...claimsByType].map(([type, list]) =>
          h(
            'details',
            { class: 'profile-group', 'data-type': type },
            h('summary', {}, `${humanize(type)} (${list.length})`),
            h('ul', { class: 'plain' }, ...list.map((c) => h('li', {}, h('button', { type: 'button', class: 'element', 'data-claim-id': c.id, onclick: () => this.actions.openClaim(c) }, claimLabel(c))))),
          ),
        ),
        more(p.claims.totalCount, claims.length),
      ),
      p.published && p.published.totalCount > 0
        ? h(
            'section',
            { class: 'profile-published', 'aria-labelledby': 'profile-published-h' },
            h('h3', { id: 'profile-published-h' }, `Published (${p.published.totalCount} source${p.published.totalCount === 1 ? '' : 's'})`),
            h(
              'ul',
              { class: 'plain' },
              ...p.published.edges.map(({ node: s }) =>
                h('li', {}, h('button', { type: 'button', class: 'element', 'data-source-id': s.id, onclick: () => this.actions.openSource(s.id) }, sourceLine(s), h('span', { class: 'muted' }, ` · ${s.claimCount ?? 0} claims`))),
              ),
            ),
            more(p.published.totalCount, p.published.edges.length),
          )
        : null,
      p.reported && p.reported.totalCount > 0
        ? h(
            'section',
            { class: 'profile-reported', 'aria-labelledby': 'profile-reported-h' },
            h('h3', { id: 'profile-reported-h' }, `Said, as a reporter (${p.reported.totalCount} claim${p.reported.totalCount === 1 ? '' : 's'})`),
            h(
              'ul',
              { class: 'plain' },
              ...p.reported.edges.map(({ node: c }) => h('li', {}, h('button', { type: 'button', class: 'element', 'data-claim-id': c.id, onclick: () => this.actions.openClaim(c) }, claimLabel(c), h('span', { class: 'muted' }, ` · in ${c.source.publisher?.name ?? c.source.title ?? 'a source'}`)))),
            ),
            more(p.reported.totalCount, p.reported.edges.length),
          )
        : null,
    );
  }

  showRelationship(rel: Relationship, inView: boolean): void {
    this.root.dataset.showing = `edge:${rel.id}`;
    const entries = stances(rel);
    const groups = groupByOrigin(rel, entries);
    const denying = entries.filter((e) => e.stances.includes('denies')).length;
    const differing = entries.filter((e) => e.supports && e.stances.some((s) => s === 'quantity' || s === 'time')).length;
    fill(
      this.root,
      this.heading(`${rel.from.name} — ${humanize(rel.type).toLowerCase()} → ${rel.to.name}`),
      h(
        'p',
        { class: 'badges' },
        h('span', { class: 'badge type' }, rel.type),
        rel.disputed ? h('span', { class: 'badge disputed', title: 'Some claims about this cannot all be true' }, 'Disputed') : null,
        rel.unattributedOnly ? h('span', { class: 'badge warn' }, 'Rests on unattributed reports only') : null,
        rel.pendingOnly ? h('span', { class: 'badge pending' }, 'Awaiting review: no analyst has accepted a claim behind it') : null,
        inView ? null : h('span', { class: 'badge' }, 'Not drawn in the current view'),
      ),
      h(
        'dl',
        { class: 'facts' },
        ...pair('From', entityName(rel.from)),
        ...pair('To', entityName(rel.to)),
        ...pair('Valid time', fmt.validTime(rel.validFrom, rel.validTo) || 'not given by any claim'),
        ...(rel.quantity ? pair('Quantity', quantityLine(rel)) : []),
        ...pair('Confidence', `${fmt.confidence(rel.confidence)} (the best claim of each independent origin, combined)`),
        ...pair('Independence', h('span', { class: 'independence' }, h('strong', { class: 'independence-count' }, independenceLine(rel)))),
        ...pair('Claims', `${rel.claimCount} in support${differing ? ` (${differing} of them disagree on quantity or time)` : ''}${denying ? `, ${denying} denying it` : ''}`),
      ),
      h('p', { class: 'independence-reason' }, independenceReason(rel)),
      rel.disputed ? this.disputeSection(rel.disputes) : null,
      h('h3', {}, `Evidence by origin (${groups.length})`),
      this.partialEvidence(rel),
      h(
        'div',
        { class: 'origins' },
        ...groups.map((g) =>
          h(
            'section',
            { class: `origin${g.origin || g.unlisted ? '' : ' dissent-only'}`, 'data-origin': g.key, 'aria-label': `Origin: ${g.origin?.entity?.name ?? g.name}` },
            h(
              'h4',
              {},
              g.origin?.entity?.name ?? g.name,
              ' ',
              h('span', { class: 'muted small' }, `${ORIGIN_KIND[g.kind] ?? humanize(g.kind).toLowerCase()} · ${g.claims.length} claim${g.claims.length === 1 ? '' : 's'} in ${g.sourceIds.size} source${g.sourceIds.size === 1 ? '' : 's'}`),
            ),
            h(
              'p',
              { class: 'small origin-why' },
              g.origin
                ? g.origin.description
                : g.unlisted
                  ? 'Supports the fact, from an origin or a source beyond those listed here.'
                  : 'Does not support the fact, so it is not counted as an origin of it.',
            ),
            ...g.claims.map((e) => claimCard(e.claim, this.actions, e)),
          ),
        ),
      ),
      h('div', { class: 'row wrap actions' }, h('button', { type: 'button', onclick: () => this.actions.close() }, 'Close')),
    );
  }

  /**
   * A fact a feed reports every day rests on thousands of claims: the panel shows the first ones
   * (in id order) and says so, with a button for the next hundred. Null when every claim is shown.
   */
  private partialEvidence(rel: Relationship): HTMLElement | null {
    const origins = rel.origins?.length;
    const partialOrigins = origins !== undefined && rel.originCount !== undefined && origins < rel.originCount;
    if (rel.claims.length >= rel.claimCount && !partialOrigins) return null;
    const hasMore = rel.claims.length < rel.claimCount && (rel.moreClaims?.hasNext ?? true);
    return h(
      'div',
      { class: 'partial-evidence', role: 'note' },
      h(
        'p',
        { class: 'small' },
        `Showing ${rel.claims.length} of ${rel.claimCount} claims in support (in id order)`,
        partialOrigins ? ` and the first ${origins} of ${rel.originCount} origins` : '',
        '. The counts above are the whole fact’s.',
      ),
      hasMore ? h('button', { type: 'button', class: 'more-claims', onclick: () => this.actions.moreClaims(rel) }, 'Show more claims') : null,
    );
  }

  showClaim(claim: Claim): void {
    this.root.dataset.showing = `claim:${claim.id}`;
    fill(
      this.root,
      this.heading(`${claim.subject.name} — ${humanize(claim.predicate).toLowerCase()}${claim.object ? ` → ${claim.object.name}` : ''}`),
      claimCard(claim, this.actions),
      h('div', { class: 'row wrap actions' }, h('button', { type: 'button', onclick: () => this.actions.close() }, 'Close')),
    );
  }

  /**
   * Where sources disagree about the entity: each dispute's kind and reason, under the fact it is
   * about (named by its first claim's ends); clicking opens that fact's evidence, every side shown.
   */
  private profileDisputes(page: Profile['disputes'], facts: ReadonlyArray<Pick<Relationship, 'id' | 'type' | 'from' | 'to'>>, window: string | null, failure: string | null = null): HTMLElement {
    if (!page) {
      // Asked after the profile (app.ts, loadProfileDisputes): filled in here when they come.
      return h(
        'section',
        { class: 'profile-disputes', 'aria-labelledby': 'profile-disputes-h', 'aria-busy': failure ? 'false' : 'true' },
        h('h3', { id: 'profile-disputes-h' }, 'Where sources disagree'),
        failure ? h('p', { class: 'error small' }, `They could not be found: ${failure}`) : h('p', { class: 'muted small' }, 'Looking for them …'),
      );
    }
    const disputes = page.edges.map((e) => e.node);
    return h(
      'section',
      { class: 'profile-disputes', 'aria-labelledby': 'profile-disputes-h', 'aria-busy': 'false' },
      h('h3', { id: 'profile-disputes-h' }, `Where sources disagree (${page.totalCount}${window ? `, ${window}` : ''})`),
      disputes.length === 0
        ? h('p', { class: 'muted small' }, window ? 'No claims about it contradict one another with the current date in the valid-time window.' : 'No claims about it contradict one another with the current date.')
        : null,
      h(
        'ul',
        { class: 'plain' },
        ...disputes.map((d) => {
          const c = d.claims[0];
          // The fact the dispute is about: one per triple, so the claim's ends and predicate find it.
          const fact = c && c.object ? facts.find((f) => f.from.id === c.subject.id && f.type === c.predicate && f.to.id === c.object!.id) : undefined;
          const about = c ? `${c.subject.name} ${humanize(c.predicate).toLowerCase()}${c.object ? ` ${c.object.name}` : ''}` : 'claims about it';
          const target = fact ?? (c && c.object ? { id: '', type: c.predicate, from: c.subject, to: c.object } : null);
          return h(
            'li',
            { 'data-dispute-id': d.id, 'data-kind': d.kind },
            target
              ? h('button', { type: 'button', class: 'element', 'data-edge-id': target.id || null, onclick: () => this.actions.openFact(target) }, about)
              : h('span', {}, about),
            ' ',
            h('span', { class: 'badge disputed' }, DISPUTE_KIND[d.kind] ?? humanize(d.kind)),
            h('span', { class: 'small muted dispute-reason' }, ` ${d.reason} (${d.claimCount ?? d.claims.length} claims)`),
          );
        }),
      ),
      page.totalCount > disputes.length ? h('p', { class: 'muted small' }, `… and ${page.totalCount - disputes.length} more (the first ${disputes.length} are shown)`) : null,
    );
  }

  /** The profile's disputes, once loaded, in place of their section (when the profile is still shown). */
  showProfileDisputes(p: Profile): void {
    if (this.root.dataset.showing !== `entity:${p.id}`) return;
    this.root.querySelector('.profile-disputes')?.replaceWith(this.profileDisputes(p.disputes, p.relationships.edges.map((e) => e.node), p.window));
  }

  /** The profile's disputes could not be read: said in their section. */
  profileDisputesFailed(message: string): void {
    this.root.querySelector('.profile-disputes')?.replaceWith(this.profileDisputes(undefined, [], null, message));
  }

  /** The fact's own disputes, as Relationship.disputes lists them (in id order). */
  private disputeSection(disputes: Dispute[]): HTMLElement {
    return h(
      'section',
      { class: 'disputes', 'aria-label': 'Disagreement' },
      h('h3', {}, 'Where sources disagree'),
      disputes.length === 0
        ? h('p', { class: 'muted' }, 'The API marks this fact disputed, but names no dispute about it.')
        : h('ul', {}, ...disputes.map((d) => h('li', { 'data-dispute-id': d.id }, h('strong', {}, humanize(d.kind)), ': ', d.reason, ' ', h('span', { class: 'muted' }, `(${d.claimCount ?? d.claims.length} claims${d.claims.length < (d.claimCount ?? 0) ? `, ${d.claims.length} of them listed below` : ''})`)))),
    );
  }

  heading(text: string): HTMLElement {
    return h('h2', { tabindex: '-1' }, text);
  }
}

function pair(term: string, value: Node | string): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, value)];
}

function entityName(e: EntityRef): HTMLElement {
  return h('span', {}, e.name, ' ', h('span', { class: 'muted' }, `(${humanize(e.kind).toLowerCase()})`));
}

export function factLabel(f: Pick<Relationship, 'from' | 'to' | 'type' | 'quantity'>): string {
  return `${f.from.name} — ${humanize(f.type).toLowerCase()} → ${f.to.name}${f.quantity ? ` (${fmt.quantity(f.quantity)})` : ''}`;
}

export function claimLabel(c: Claim): string {
  return `${c.polarity === 'DENIED' ? 'Denied: ' : ''}${c.subject.name} ${humanize(c.predicate).toLowerCase()}${c.object ? ` ${c.object.name}` : ''}${c.quantity ? ` (${fmt.quantity(c.quantity)})` : ''}`;
}

/**
 * A fact's quantity is the largest its claims report. When its claims give others, the line says
 * so and lists them, so one side of a disagreement does not read as the figure.
 */
export function quantityLine(rel: Pick<Relationship, 'quantity' | 'claims' | 'disputes'>): string {
  if (!rel.quantity) return '';
  // Units as each claim words them ("soldiers", "troops"): the disputes compare the figures, and so does this list.
  const given = [...rel.claims, ...rel.disputes.flatMap((d) => d.claims)].filter((c) => c.polarity === 'ASSERTED' && c.quantity);
  const values = [...new Map(given.map((c) => [fmt.quantity(c.quantity), c.quantity!.value])).entries()].sort((a, b) => a[1] - b[1]).map(([text]) => text);
  if (values.length < 2) return fmt.quantity(rel.quantity);
  return `${fmt.quantity(rel.quantity)}, the largest reported; its claims give ${values.join(', ')}`;
}

/** A source as the panel names it: title, outlet, date; says so plainly where one is missing. */
export function sourceLine(s: Pick<Source, 'title' | 'publisher' | 'publishedAt'>): string {
  return `${s.title ?? 'No title recorded'} · ${s.publisher?.name ?? 'no outlet recorded'} · ${s.publishedAt ? s.publishedAt.iso : 'no date recorded'}`;
}

const ATTRIBUTION: Record<Claim['attribution'], string> = {
  SOURCE: 'the source, in its own voice',
  REPORTER: 'a named reporter',
  UNATTRIBUTED: 'unnamed reports (“reports suggest”)',
};

/** The source's title, outlet, date and link, each said plainly when missing (never a content hash). */
export function sourceDetails(source: Source): HTMLElement[] {
  return [
    h('span', { class: 'source-title' }, source.title ?? 'No title recorded'),
    h('span', { class: 'source-publisher' }, ` · ${source.publisher?.name ?? 'no outlet recorded'}`),
    source.publishedAt ? h('span', { class: 'source-date' }, ` · published ${source.publishedAt.iso}`) : h('span', { class: 'source-date' }, ' · no publication date recorded'),
    h('br'),
    source.url ? h('a', { class: 'source-link', href: source.url, target: '_blank', rel: 'noopener noreferrer' }, source.url) : h('span', { class: 'source-link' }, 'No link recorded'),
  ];
}

/** One claim: stance, excerpt, reporter, source with its pivots, both confidence axes, status, review. */
export function claimCard(claim: Claim, actions: Pick<PanelActions, 'openSource' | 'openProfile'> | null, evidence?: EvidenceClaim): HTMLElement {
  const source = claim.source;
  const reporter = claim.reportedBy
    ? h('span', {}, claim.reportedBy.name, claim.reportedBy.reliability ? h('span', { class: 'muted' }, ` (reliability ${claim.reportedBy.reliability})`) : null)
    : h('span', {}, claim.attribution === 'SOURCE' && source.publisher ? `${source.publisher.name}, in its own voice` : ATTRIBUTION[claim.attribution]);
  const more = claim.excerpts.filter((e) => e !== claim.text);
  const review = claim.review;
  const pivots = actions
    ? h(
        'p',
        { class: 'row wrap pivots' },
        h('button', { type: 'button', class: 'linkish open-source', 'data-source-id': source.id, onclick: () => actions.openSource(source.id) }, 'Read the source'),
        source.publisher ? h('button', { type: 'button', class: 'linkish pivot-outlet', onclick: () => actions.openProfile(source.publisher!.id) }, `Everything ${source.publisher.name} published`) : null,
        claim.reportedBy ? h('button', { type: 'button', class: 'linkish pivot-reporter', onclick: () => actions.openProfile(claim.reportedBy!.id) }, `Everything ${claim.reportedBy.name} said`) : null,
      )
    : null;
  return h(
    'article',
    { class: `claim status-${claim.status.toLowerCase()}${evidence ? ` stance-${evidence.stances[0]}` : ''}${review ? ` review-${review.status.toLowerCase()}` : ''}`, 'data-claim-id': claim.id },
    h(
      'p',
      { class: 'badges' },
      ...(evidence ? evidence.stances.map((s) => h('span', { class: `badge stance ${s}` }, STANCE_TEXT[s])) : []),
      h('span', { class: `badge status ${claim.status.toLowerCase()}` }, claim.status),
      claim.polarity === 'DENIED' ? h('span', { class: 'badge warn' }, 'Denied') : null,
      claim.unattributedOnly ? h('span', { class: 'badge warn' }, 'Unattributed, uncorroborated') : null,
      review && review.status !== 'ACCEPTED' ? h('span', { class: `badge review ${review.status.toLowerCase()}` }, REVIEW_TEXT[review.status]) : null,
    ),
    h('blockquote', { class: 'excerpt' }, claim.text),
    more.length ? h('details', {}, h('summary', {}, `The source says it ${more.length} more time${more.length === 1 ? '' : 's'}`), ...more.map((m) => h('blockquote', { class: 'excerpt' }, m))) : null,
    h(
      'dl',
      {},
      h('dt', {}, 'Reporter'),
      h('dd', { class: 'reporter' }, reporter, claim.intermediary ? h('span', { class: 'muted' }, `, relayed by ${claim.intermediary.name}`) : null),
      h('dt', {}, 'Source'),
      h('dd', { class: 'source' }, ...sourceDetails(source)),
      // A feed's claim is the feed's coding of what its outlets reported: its record is the provenance to check.
      ...(claim.feedEvents?.length ? [h('dt', {}, 'Feed record'), h('dd', { class: 'feed-record' }, feedRecords(claim.feedEvents))] : []),
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
      h('dd', { class: 'status' }, claim.status === 'CORROBORATED' ? 'Corroborated: another independent origin says the same' : humanize(claim.status)),
      ...(review ? [h('dt', {}, 'Review'), h('dd', { class: 'review' }, reviewText(claim))] : []),
      ...(claim.validFrom || claim.validTo ? [h('dt', {}, 'Valid time'), h('dd', {}, fmt.validTime(claim.validFrom, claim.validTo))] : []),
      ...(claim.quantity ? [h('dt', {}, 'Quantity'), h('dd', {}, fmt.quantity(claim.quantity))] : []),
      h('dt', {}, 'Known from'),
      h('dd', {}, claim.knownAt),
      ...(claim.note ? [h('dt', {}, 'Note'), h('dd', {}, claim.note)] : []),
      ...(claim.retraction ? [h('dt', {}, 'Retracted'), h('dd', {}, `${claim.retraction.at} by ${claim.retraction.by}: ${claim.retraction.reason}`)] : []),
    ),
    pivots,
  );
}

export function reviewText(claim: Claim): string {
  const r = claim.review;
  if (!r) return '';
  const who = r.by ? ` by ${r.by}` : '';
  const when = r.at ? ` on ${r.at.slice(0, 10)}` : '';
  if (r.status === 'PENDING') return 'Awaiting an analyst’s review';
  if (r.status === 'REJECTED') return `Rejected${who}${when}: ${r.reason ?? 'no reason given'}`;
  return `Accepted${who}${when}`;
}

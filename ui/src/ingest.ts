/**
 * "Read an article": an analyst pastes an article (its text, headline, outlet, date and link) and
 * the API's ingestArticle reads it into claims (docs/extraction.md). "Preview" asks with dryRun:
 * the claims it would write and why sentences were passed over, nothing written. "Read into the
 * graph" writes them, awaiting review, and opens the article in the source view to review them.
 */
import { describeError, type ApiClient } from './api';
import { byId, fill, h } from './dom';
import { INGEST_ARTICLE } from './queries';
import { claimLabel } from './sidePanel';
import type { Claim } from './types';

export interface IngestHandlers {
  /** The article was written (or was there already): open it, and count its claims in the review list. */
  written(sourceId: string): void;
}

type IngestedClaim = Pick<Claim, 'id' | 'text' | 'predicate' | 'polarity' | 'subject' | 'object' | 'quantity'>;

interface IngestResult {
  created: boolean;
  source: { id: string; title: string | null };
  claims: IngestedClaim[];
  warnings: string[];
}

/** The preview names this many claims and warnings, then counts the rest. */
const LISTED = 30;

export class IngestForm {
  private readonly form = byId<HTMLFormElement>('ingest-form');
  private readonly out = byId('ingest-result');
  private busy = false;

  constructor(
    private readonly api: ApiClient,
    private readonly handlers: IngestHandlers,
  ) {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const dryRun = (event.submitter as HTMLButtonElement | null)?.value !== 'write';
      void this.submit(dryRun);
    });
  }

  private field(id: string): string | undefined {
    const value = byId<HTMLInputElement | HTMLTextAreaElement>(id).value.trim();
    return value === '' ? undefined : value;
  }

  private async submit(dryRun: boolean): Promise<void> {
    if (this.busy) return;
    const input = {
      text: byId<HTMLTextAreaElement>('ingest-text').value,
      title: this.field('ingest-title'),
      publisher: this.field('ingest-publisher'),
      publishedAt: this.field('ingest-published'),
      url: this.field('ingest-url'),
    };
    this.busy = true;
    this.form.setAttribute('aria-busy', 'true');
    fill(this.out, h('p', { class: 'help' }, dryRun ? 'Reading the article …' : 'Reading the article into the graph …'));
    try {
      const { ingestArticle: result } = await this.api.request<{ ingestArticle: IngestResult }>(INGEST_ARTICLE, { input, dryRun });
      this.show(result, dryRun);
      // The form is tall: the answer below it would be out of sight in the left column.
      this.out.scrollIntoView({ block: 'nearest' });
      if (!dryRun) this.handlers.written(result.source.id);
    } catch (error) {
      // The API's own words: a missing token, a date it cannot read, a text too long.
      fill(this.out, h('p', { class: 'error', role: 'alert' }, describeError(error).detail));
      this.out.scrollIntoView({ block: 'nearest' });
    } finally {
      this.busy = false;
      this.form.setAttribute('aria-busy', 'false');
    }
  }

  private show(result: IngestResult, dryRun: boolean): void {
    const n = result.claims.length;
    const claims = `${n} claim${n === 1 ? '' : 's'}`;
    const headline = dryRun
      ? `${claims} would be written; nothing is written until you read it into the graph.`
      : result.created
        ? `${claims} written, awaiting review: the article is open beside the graph.`
        : 'This article was already recorded: nothing new was written. It is open beside the graph.';
    fill(
      this.out,
      h('p', { class: 'ingest-count', 'data-claims': String(n), 'data-created': String(result.created) }, headline),
      n > 0
        ? h(
            'ul',
            { class: 'plain ingest-claims' },
            ...result.claims.slice(0, LISTED).map((c) => h('li', { 'data-claim-id': c.id, title: c.text }, claimLabel(c as Claim))),
            n > LISTED ? h('li', { class: 'muted' }, `… and ${n - LISTED} more`) : null,
          )
        : null,
      result.warnings.length > 0
        ? h(
            'details',
            { class: 'ingest-warnings' },
            h('summary', {}, `${result.warnings.length} passage${result.warnings.length === 1 ? '' : 's'} not read as claims, and why`),
            h('ul', { class: 'plain' }, ...result.warnings.slice(0, LISTED).map((w) => h('li', {}, w)), result.warnings.length > LISTED ? h('li', { class: 'muted' }, `… and ${result.warnings.length - LISTED} more`) : null),
          )
        : null,
    );
  }
}

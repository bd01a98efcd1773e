import type { ExtractedClaim, ExtractedEntity } from '../extract/model';
import { metrics, ratio, type Counts, type Tally } from './counts';
import type { GoldFact } from './goldArticle';
import type { SetScore } from './scoreSet';

export interface ReportOptions {
  /** How many false positives, misses and wrong details to list in each section; Infinity for all. */
  limit: number;
}

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const acc = (t: Tally): string => `${pct(ratio(t.correct, t.total))} (${t.correct}/${t.total})`;
const clip = (s: string, n = 160): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** "North Korean troops KILLED_IN Kursk [~300] (reporter: NIS)". */
export function describeFact(fact: GoldFact): string {
  const q = fact.quantity ? ` [${fact.quantity.qualifier} ${fact.quantity.value}${fact.quantity.upper !== null ? `–${fact.quantity.upper}` : ''}]` : '';
  const t = `${fact.validFrom ? ` from ${fact.validFrom}` : ''}${fact.validTo ? ` to ${fact.validTo}` : ''}`;
  const r = fact.reporter ? ` (reporter: ${fact.reporter[0]}${fact.intermediary ? ` via ${fact.intermediary[0]}` : ''})` : '';
  const neg = fact.polarity === 'DENIED' ? 'NOT ' : '';
  return `${fact.subject[0]} ${neg}${fact.predicate}${fact.object ? ` ${fact.object[0]}` : ''}${q}${t}${r}`;
}

/** The same for an extracted claim. */
export function describeClaim(claim: ExtractedClaim): string {
  const name = (e: ExtractedEntity | null) => (e ? e.name : '');
  const q = claim.quantity ? ` [${claim.quantity.qualifier} ${claim.quantity.value}${claim.quantity.upper !== null ? `–${claim.quantity.upper}` : ''}]` : '';
  const t = `${claim.validFrom ? ` from ${claim.validFrom.iso}` : ''}${claim.validTo ? ` to ${claim.validTo.iso}` : ''}`;
  const r = claim.reporter ? ` (reporter: ${claim.reporter.name}${claim.intermediary ? ` via ${claim.intermediary.name}` : ''})` : '';
  const neg = claim.polarity === 'DENIED' ? 'NOT ' : '';
  return `${name(claim.subject)} ${neg}${claim.predicate}${claim.object ? ` ${name(claim.object)}` : ''}${q}${t}${r}`;
}

function row(label: string, c: Counts): string {
  const m = metrics(c);
  return [label.padEnd(24), pct(m.precision).padStart(7), pct(m.recall).padStart(7), pct(m.f1).padStart(7),
    String(c.gold).padStart(6), String(c.claims).padStart(7), String(c.matched).padStart(8), String(c.noClaimViolations).padStart(8)].join(' ');
}

/** The plain-text report the CLI prints: the table, the accuracies, then what went wrong. */
export function formatReport(score: SetScore, options: ReportOptions): string {
  const lines: string[] = [];
  lines.push(`Extraction scored against ${score.articles} gold article(s)`, '');
  lines.push(`${'predicate'.padEnd(24)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)} ${'gold'.padStart(6)} ${'claims'.padStart(7)} ${'matched'.padStart(8)} ${'noClaim'.padStart(8)}`);
  for (const predicate of Object.keys(score.byPredicate).sort()) lines.push(row(predicate, score.byPredicate[predicate]!));
  lines.push('-'.repeat(24 + 7 * 3 + 6 + 7 + 8 + 8 + 7), row('OVERALL', score.overall), '');
  const o = score.overall;
  lines.push(`attribution (reporter) accuracy: ${acc(o.reporter)}`);
  lines.push(`intermediary accuracy:           ${acc(o.intermediary)}`);
  lines.push(`quantity accuracy:               ${acc(o.quantity)}`);
  lines.push(`time accuracy:                   ${acc(o.time)}`);
  lines.push(`hedge accuracy:                  ${acc(o.hedged)}`);
  lines.push(`noClaim violations:              ${o.noClaimViolations}`);

  const cell = (t: Tally) => (t.total === 0 ? '—' : `${pct(ratio(t.correct, t.total))} ${t.correct}/${t.total}`).padStart(16);
  lines.push('', `${'accuracy among matched'.padEnd(24)} ${'reporter'.padStart(16)} ${'intermediary'.padStart(16)} ${'quantity'.padStart(16)} ${'time'.padStart(16)}`);
  for (const predicate of Object.keys(score.byPredicate).sort()) {
    const c = score.byPredicate[predicate]!;
    if (c.matched > 0) lines.push(`${predicate.padEnd(24)} ${cell(c.reporter)} ${cell(c.intermediary)} ${cell(c.quantity)} ${cell(c.time)}`);
  }

  const section = <T>(title: string, items: readonly T[], show: (item: T) => string[]) => {
    lines.push('', `${title} (${items.length}${items.length > options.limit ? `, first ${options.limit} shown; --verbose for all` : ''})`);
    for (const item of items.slice(0, options.limit)) lines.push(...show(item));
  };
  section('Wrong claims (false positives)', score.falsePositives, (fp) => [
    `  ${fp.articleId}  ${fp.claim.rule}: ${describeClaim(fp.claim)}${fp.reason === 'NO_CLAIM_SENTENCE' ? '  [noClaim sentence]' : ''}`,
    `      "${clip(fp.claim.excerpt)}"`,
    ...(fp.nearFact ? [`      gold here: ${describeFact(fp.nearFact)}`] : []),
  ]);
  section('Missed gold facts', score.missed, (m) => [`  ${m.articleId}  facts[${m.factIndex}]: ${describeFact(m.fact)}`, `      "${clip(m.fact.excerpt)}"`]);
  section('Matched with wrong details', score.wrongDetails, (w) => [
    `  ${w.articleId}  ${w.fields.join(', ')} — ${w.claim.rule}`,
    `      gold:  ${describeFact(w.fact)}`,
    `      claim: ${describeClaim(w.claim)}`,
  ]);
  return `${lines.join('\n')}\n`;
}

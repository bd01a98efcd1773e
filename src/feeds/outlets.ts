import { getDomain, getHostname } from 'tldts';
import type { EntityInput } from '../entity';
import type { EventDraft } from './model';
import { sourceFrom } from './writeEvents';

/** A feed's source, with the outlet that published it when the feed names or implies one. */
export type FeedSource = EventDraft['sources'][number];

/**
 * The outlet a web document belongs to: the registrable domain of its address (bbc.co.uk for
 * www.bbc.co.uk/news/…), from the public suffix list. Regional editions and sections of one site
 * (pskov.kp.ru and kem.kp.ru running one story) are one outlet, so one origin when corroboration is
 * counted; sites on a hosting platform the list names (a blogspot.com blog) stay apart. An address
 * with no registrable domain (an IP address, a bare host) is its own outlet. Null when it has no host.
 */
export function outletOfUrl(url: string): string | null {
  const domain = getDomain(url, { allowPrivateDomains: true });
  if (domain) return domain;
  const host = getHostname(url);
  return host ? host.replace(/^www\./i, '') : null;
}

/** The organisation entity an outlet is, as the importers name it. */
export function outletEntity(name: string): EntityInput {
  return { kind: 'ORGANIZATION', name, aliases: [] };
}

/**
 * A web document as a feed's source, published by its outlet (outletOfUrl). GDELT's events table
 * gives only the address; its mentions table also names the outlet, but not always as the domain
 * (kaliningrad.kp.ru beside china.org.cn for arabic.china.org.cn), so both tables take it from the
 * address and a document they share has one publisher. An analyst who adds the domain as an alias
 * of the outlet's entity ("bbc.co.uk" on "BBC") has later imports resolve to that entity.
 */
export function webSource(url: string, publishedAt: FeedSource['publishedAt']): FeedSource {
  const source = sourceFrom(url, null, publishedAt);
  const outlet = source.url ? outletOfUrl(source.url) : null;
  return outlet ? { ...source, publisher: outletEntity(outlet) } : source;
}

/**
 * The source of a GDELT record whose reference is an outlet's name rather than a document ("BBC
 * Monitoring" for material not on the web): this record as that outlet reported it, published by the
 * outlet, as ACLED's sources are. An events line and a mentions line citing the outlet for the same
 * event name the same source.
 */
export function citedRecordSource(eventId: string, outlet: string, publishedAt: FeedSource['publishedAt']): FeedSource {
  return { ...sourceFrom(`GDELT event ${eventId}, reported by ${outlet}`, outlet, publishedAt), publisher: outletEntity(outlet) };
}

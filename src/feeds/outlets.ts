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
 * A monitoring service's citation of what it monitored: "Shamshad TV, Kabul/BBC Monitoring/(c) BBC"
 * is a Shamshad TV broadcast from Kabul as BBC Monitoring transcribed it. The monitored outlet
 * ("Shamshad TV"), with no place, or null when the citation is not of that shape: a middle part
 * naming a monitoring service, or a last part "(c) …".
 */
export function monitoredOutlet(citation: string): string | null {
  const parts = citation.split('/').map((part) => part.trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => part === '')) return null;
  const [first, service, owner] = parts as [string, string, string | undefined];
  if (!/monitoring/i.test(service) && !(owner && /^\(c\)\s/i.test(owner))) return null;
  // The place follows the outlet's name after its last comma ("Interfax news agency, Moscow").
  const comma = first.lastIndexOf(', ');
  return comma > 0 ? first.slice(0, comma) : first;
}

/**
 * The source of a GDELT record whose reference names an outlet rather than a document ("BBC
 * Monitoring" for material not on the web, or its citation of a broadcast it monitored): this record
 * as that outlet reported it, as ACLED's sources are, published by the outlet, or by the outlet the
 * citation says was monitored, which is where the report comes from: a service's transcripts of two
 * stations are two origins. An events line and a mentions line citing it for the same event name the
 * same source.
 */
export function citedRecordSource(eventId: string, citation: string, publishedAt: FeedSource['publishedAt']): FeedSource {
  return { ...sourceFrom(`GDELT event ${eventId}, reported by ${citation}`, citation, publishedAt), publisher: outletEntity(monitoredOutlet(citation) ?? citation) };
}

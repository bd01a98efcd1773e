/**
 * The host of a source's address ("outlet.example.net"), or null without a readable one: how a
 * reader knows a source with neither title nor publisher, as a feed's sources are. Pure, so the
 * workbench names such sources the same way (ui/src/evidence.ts).
 */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

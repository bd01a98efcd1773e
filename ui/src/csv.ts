/** The fields of the workbench's claims CSV (exporter.ts); no imports, so a unit test can load it. */

/** "ACLED event UKR1234", as the feed numbers its records (GDELT's GLOBALEVENTID, ACLED's event_id_cnty). */
export function feedRecords(events: ReadonlyArray<{ feed: string; eventId: string }> | undefined): string {
  return (events ?? []).map((e) => `${e.feed} event ${e.eventId}`).join(', ');
}

/** One CSV field (RFC 4180 quoting). */
export function csvField(value: string | number | null | undefined): string {
  const raw = value === null || value === undefined ? '' : String(value);
  // A text a spreadsheet would run as a formula (a name or excerpt "=HYPERLINK(…)") is kept as text.
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The GDELT tables, as GDELT's Event and Mentions codebooks define them: tab-separated, no header.
 * A GDELT 2.0 events line has 61 fields; a mentions line 16 (older mentions files stop after
 * MentionDocTone, at 14, and still read). GDELT 1.0's events table (its daily files, and the
 * backfile of earlier years) has no ADM2Code in its three places: 58 fields, or 57 before April
 * 2013, when it had no SOURCEURL either.
 */
const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

export const EVENT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`),
  ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`),
  ...GEO.map((c) => `Actor2Geo_${c}`),
  ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED',
  'SOURCEURL',
];

/** GDELT 1.0's events columns (58): 2.0's without the three ADM2Code. */
export const EVENT_COLUMNS_V1: readonly string[] = EVENT_COLUMNS.filter((c) => !c.endsWith('_ADM2Code'));

export type EventsVersion = '2.0' | '1.0';

/** Which GDELT's events line has `fieldCount` fields: 2.0 (61), 1.0 (58, or 57 before SOURCEURL); null when neither. */
export function eventsVersionOf(fieldCount: number): EventsVersion | null {
  if (fieldCount === EVENT_COLUMNS.length) return '2.0';
  if (fieldCount === EVENT_COLUMNS_V1.length || fieldCount === EVENT_COLUMNS_V1.length - 1) return '1.0';
  return null;
}

/** The events columns of a line of `fieldCount` fields; null when it is no events line. */
export function eventColumnsOf(fieldCount: number): readonly string[] | null {
  const version = eventsVersionOf(fieldCount);
  return version === '2.0' ? EVENT_COLUMNS : version === '1.0' ? EVENT_COLUMNS_V1 : null;
}

export const MENTION_COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'EventTimeDate',
  'MentionTimeDate',
  'MentionType',
  'MentionSourceName',
  'MentionIdentifier',
  'SentenceID',
  'Actor1CharOffset',
  'Actor2CharOffset',
  'ActionCharOffset',
  'InRawText',
  'Confidence',
  'MentionDocLen',
  'MentionDocTone',
  'MentionDocTranslationInfo',
  'Extras',
];

/** The fewest fields a mentions line may have: up to MentionDocTone. */
export const MENTION_MIN_COLUMNS = 14;

/** Which table a line belongs to, by its number of fields; null when it is neither. */
export function tableOf(fieldCount: number): 'events' | 'mentions' | null {
  if (eventsVersionOf(fieldCount)) return 'events';
  if (fieldCount >= MENTION_MIN_COLUMNS && fieldCount <= MENTION_COLUMNS.length) return 'mentions';
  return null;
}

/** The fields of a line by column name. */
export function byName(columns: readonly string[], fields: readonly string[]): Record<string, string> {
  const row: Record<string, string> = {};
  columns.forEach((name, i) => {
    row[name] = (fields[i] ?? '').trim();
  });
  return row;
}

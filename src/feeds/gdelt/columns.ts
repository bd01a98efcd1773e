/**
 * The GDELT 2.0 tables, as GDELT's Event and Mentions codebooks define them: tab-separated, no
 * header. An events line has 61 fields; a mentions line 16 (older mentions files stop after
 * MentionDocTone, at 14, and still read).
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
  if (fieldCount === EVENT_COLUMNS.length) return 'events';
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

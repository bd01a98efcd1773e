import { EVENT_COLUMNS, EVENT_COLUMNS_V1, MENTION_COLUMNS } from '../../src/feeds/gdelt/columns';

/**
 * A GDELT 2.0 events line (tab-separated, 61 columns) of Russian troops fighting Ukrainian troops
 * (CAMEO 193) on `day`, reported at `url`: the record a feed repeats day after day. `place` adds
 * the action geography of Kharkiv.
 */
export function fightingLine(id: number, day: string, url: string, options: { place?: boolean } = {}): string {
  const fields: Record<string, string> = {
    GLOBALEVENTID: String(id), SQLDATE: day.replaceAll('-', ''), MonthYear: day.slice(0, 7).replace('-', ''), Year: day.slice(0, 4), FractionDate: '2025.1836',
    Actor1Code: 'RUSMIL', Actor1Name: 'RUSSIA', Actor1CountryCode: 'RUS', Actor1Type1Code: 'MIL',
    Actor2Code: 'UKRMIL', Actor2Name: 'UKRAINE', Actor2CountryCode: 'UKR', Actor2Type1Code: 'MIL',
    IsRootEvent: '1', EventCode: '193', EventBaseCode: '193', EventRootCode: '19', QuadClass: '4', GoldsteinScale: '-10.0',
    NumMentions: '6', NumSources: '2', NumArticles: '6', AvgTone: '-7.1',
    ...(options.place
      ? {
          ActionGeo_Type: '4', ActionGeo_FullName: "Kharkiv, Kharkivs'ka Oblast', Ukraine", ActionGeo_CountryCode: 'UP', ActionGeo_ADM1Code: 'UP07',
          ActionGeo_Lat: '49.9808', ActionGeo_Long: '36.2527', ActionGeo_FeatureID: '-1036743',
        }
      : {}),
    DATEADDED: `${day.replaceAll('-', '')}101500`, SOURCEURL: url,
  };
  return EVENT_COLUMNS.map((column) => fields[column] ?? '').join('\t');
}

/**
 * A GDELT 2.0 mentions line (tab-separated, 16 columns): the document at `url` mentions event `id`
 * in sentence `sentence`, GDELT having first seen the event at `seen` (EventTimeDate,
 * YYYYMMDDHHMMSS) and the mention an hour and a quarter later the same day.
 */
export function mentionLine(id: number, seen: string, url: string, sentence: number): string {
  const fields: Record<string, string> = {
    GLOBALEVENTID: String(id), EventTimeDate: seen, MentionTimeDate: `${seen.slice(0, 8)}113000`, MentionType: '1',
    MentionSourceName: new URL(url).hostname, MentionIdentifier: url, SentenceID: String(sentence),
    Actor1CharOffset: '120', Actor2CharOffset: '-1', ActionCharOffset: '140', InRawText: '1', Confidence: '50',
    MentionDocLen: '2400', MentionDocTone: '-4.2',
  };
  return MENTION_COLUMNS.map((column) => fields[column] ?? '').join('\t');
}

/**
 * The same record as GDELT 1.0's events table writes it: without the three ADM2Code columns (58
 * fields), and without SOURCEURL too (57) when `withUrl` is false, as before April 2013.
 */
export function asGdelt1(line: string, options: { withUrl?: boolean } = {}): string {
  const fields = line.split('\t');
  const kept = EVENT_COLUMNS_V1.map((column) => fields[EVENT_COLUMNS.indexOf(column)] ?? '');
  return (options.withUrl === false ? kept.slice(0, -1) : kept).join('\t');
}

/**
 * The columns of ACLED's CSV export, as its codebook lists them. The importer reads them by header
 * name, so their order does not matter and extra columns (older exports' data_id, iso3 ...) are
 * kept as they are; these must be there.
 */
export const ACLED_COLUMNS: readonly string[] = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
];

/** Without these a file is not an ACLED export the importer can use. */
export const REQUIRED_COLUMNS: readonly string[] = ['event_id_cnty', 'event_date', 'event_type', 'actor1', 'latitude', 'longitude', 'source', 'fatalities'];

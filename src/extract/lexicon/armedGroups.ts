/**
 * Armed forces named by their own name rather than "<Demonym> troops": non-state groups, and
 * national forces under their own name. Each entry: the canonical name, its aliases, and for a
 * national force the country whose force it is. Hand-written: these are the domain's names.
 */
export interface ArmedGroupEntry {
  name: string;
  aliases: string[];
  /** The country of a national force ("Sudanese Armed Forces" → Sudan); absent for non-state groups. */
  country?: string;
}

export const ARMED_GROUPS: ReadonlyArray<ArmedGroupEntry> = [
  { name: 'Rapid Support Forces', aliases: ['RSF'] },
  { name: 'M23', aliases: ['March 23 Movement', 'M23 rebels', 'AFC/M23'] },
  { name: 'Hamas', aliases: ['Qassam Brigades', 'al-Qassam Brigades'] },
  { name: 'Hezbollah', aliases: [] },
  { name: 'Houthis', aliases: ['Houthi rebels', 'Ansar Allah'] },
  { name: 'Palestinian Islamic Jihad', aliases: ['Islamic Jihad'] },
  { name: 'Wagner Group', aliases: ['Wagner'] },
  { name: 'Africa Corps', aliases: [] },
  { name: 'JNIM', aliases: ["Jama'at Nusrat al-Islam wal-Muslimin"] },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Islamic State group', 'IS'] },
  { name: 'al-Shabab', aliases: ['Al-Shabaab', 'al-Shabaab', 'Al-Shabab'] },
  { name: 'Boko Haram', aliases: [] },
  { name: 'Arakan Army', aliases: ['AA'] },
  { name: "People's Defence Force", aliases: ["People's Defence Forces", "People's Defense Force", 'PDF'] },
  { name: 'Kachin Independence Army', aliases: ['KIA'] },
  { name: 'Myanmar National Democratic Alliance Army', aliases: ['MNDAA'] },
  { name: "Ta'ang National Liberation Army", aliases: ['TNLA'] },
  { name: 'Allied Democratic Forces', aliases: ['ADF'] },
  { name: 'Democratic Forces for the Liberation of Rwanda', aliases: ['FDLR'] },
  { name: 'Wazalendo', aliases: [] },
  { name: 'Taliban', aliases: [] },
  { name: 'Sudanese Armed Forces', aliases: ['SAF', 'Sudanese army'], country: 'Sudan' },
  { name: 'Armed Forces of the Democratic Republic of the Congo', aliases: ['FARDC', 'Congolese army'], country: 'DR Congo' },
  { name: 'Israel Defense Forces', aliases: ['IDF', 'Israeli military', 'Israeli army'], country: 'Israel' },
  { name: 'Tatmadaw', aliases: ['Myanmar military', 'Myanmar army'], country: 'Myanmar' },
  { name: 'Armed Forces of Ukraine', aliases: ['AFU', 'Ukrainian Armed Forces'], country: 'Ukraine' },
  { name: 'Rwanda Defence Force', aliases: ['RDF', 'Rwandan Defence Force'], country: 'Rwanda' },
];

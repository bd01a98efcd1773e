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
  /** For a non-state group, the country whose army it fights at home: whose "soldiers" it kills when the text names no side. */
  fights?: string;
  /** The word used as an adjective for the group's own ("Houthi fighters", "Shabaab militants"), read only before a force or target noun. */
  adjectives?: string[];
}

export const ARMED_GROUPS: ReadonlyArray<ArmedGroupEntry> = [
  // "the Dagalo militia": Sudanese state media name the RSF after its commander's family.
  { name: 'Rapid Support Forces', aliases: ['RSF', 'Dagalo militia'], fights: 'Sudan' },
  { name: 'M23', aliases: ['March 23 Movement', 'M23 rebels', 'AFC/M23'], fights: 'DR Congo' },
  { name: 'Hamas', aliases: ['Qassam Brigades', 'al-Qassam Brigades'], fights: 'Israel' },
  { name: 'Hezbollah', aliases: [], fights: 'Israel' },
  { name: 'Houthis', aliases: ['Houthi rebels', 'Ansar Allah'], adjectives: ['Houthi'] },
  { name: 'Palestinian Islamic Jihad', aliases: ['Islamic Jihad'], fights: 'Israel' },
  { name: 'Wagner Group', aliases: ['Wagner'] },
  { name: 'Africa Corps', aliases: [] },
  { name: 'JNIM', aliases: ["Jama'at Nusrat al-Islam wal-Muslimin"], fights: 'Mali' },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Islamic State group', 'IS'] },
  { name: 'al-Shabab', aliases: ['Al-Shabaab', 'al-Shabaab', 'Al-Shabab'], fights: 'Somalia', adjectives: ['Shabaab', 'Shabab'] },
  { name: 'Boko Haram', aliases: [], fights: 'Nigeria' },
  { name: 'Arakan Army', aliases: ['AA'], fights: 'Myanmar' },
  { name: "People's Defence Force", aliases: ["People's Defence Forces", "People's Defense Force", 'PDF'], fights: 'Myanmar' },
  { name: 'Kachin Independence Army', aliases: ['KIA'], fights: 'Myanmar' },
  { name: 'Myanmar National Democratic Alliance Army', aliases: ['MNDAA'], fights: 'Myanmar' },
  { name: "Ta'ang National Liberation Army", aliases: ['TNLA'], fights: 'Myanmar' },
  { name: 'Allied Democratic Forces', aliases: ['ADF'] },
  { name: 'Democratic Forces for the Liberation of Rwanda', aliases: ['FDLR'], fights: 'Rwanda' },
  { name: 'Wazalendo', aliases: [] },
  // Darfur's armed movements fighting beside Sudan's army.
  { name: 'Joint Force', aliases: ['Joint Forces', 'Joint Force of armed movements', 'Joint Forces of the armed struggle movements'] },
  { name: 'Taliban', aliases: [] },
  { name: 'Sudanese Armed Forces', aliases: ['SAF', 'Sudanese army'], country: 'Sudan' },
  { name: 'Armed Forces of the Democratic Republic of the Congo', aliases: ['FARDC', 'Congolese army'], country: 'DR Congo' },
  { name: 'Israel Defense Forces', aliases: ['IDF', 'Israeli military', 'Israeli army'], country: 'Israel' },
  { name: 'Tatmadaw', aliases: ['Myanmar military', 'Myanmar army'], country: 'Myanmar' },
  { name: 'Armed Forces of Ukraine', aliases: ['AFU', 'Ukrainian Armed Forces'], country: 'Ukraine' },
  { name: "Korean People's Army", aliases: ['KPA', 'KPA units'], country: 'North Korea' },
  { name: 'Rwanda Defence Force', aliases: ['RDF', 'Rwandan Defence Force'], country: 'Rwanda' },
];

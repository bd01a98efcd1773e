/**
 * Organisations news copy names without a country in front: news agencies and broadcasters, which
 * are reporters ("KCNA reported"), and international bodies. Each entry is [name, ...aliases]; the
 * name is the canonical one. Hand-written: these are the domain's names, not English.
 */
export const NEWS_AGENCIES: ReadonlyArray<readonly string[]> = [
  ['Korean Central News Agency', 'KCNA'],
  ['TASS', 'Tass'],
  ['RIA Novosti', 'RIA'],
  ['Interfax'],
  ['Yonhap', 'Yonhap News Agency'],
  ['Reuters'],
  ['Associated Press', 'AP'],
  ['Agence France-Presse', 'AFP'],
  ['Xinhua'],
  ['BBC'],
  ['CNN'],
  ['Al Jazeera'],
  ['Ukrinform'],
  ['Sudan News Agency', 'SUNA'],
  ['Anadolu', 'Anadolu Agency'],
  ['Kyodo', 'Kyodo News'],
  ['NHK'],
  ['WAFA'],
  ['IRNA'],
  ['Radio Okapi'],
  ['Radio Free Asia', 'RFA'],
  ['The Irrawaddy', 'Irrawaddy'],
  ['Myanmar Now'],
  ['Dabanga'],
  ['Sudan Tribune'],
  ['Bloomberg'],
  ['The New York Times', 'New York Times'],
  ['The Washington Post', 'Washington Post'],
  ['The Guardian'],
  ['Le Monde'],
  ['Kyiv Independent', 'The Kyiv Independent'],
  ['Suspilne'],
  ['Meduza'],
  ['NK News'],
  ['Daily NK'],
];

export const INTERNATIONAL_BODIES: ReadonlyArray<readonly string[]> = [
  ['United Nations', 'UN', 'U.N.'],
  ['UN Security Council', 'Security Council'],
  ['NATO', 'North Atlantic Treaty Organization'],
  ['African Union', 'AU'],
  ['ECOWAS', 'Economic Community of West African States'],
  ['European Union', 'EU'],
  ['MONUSCO'],
  ['International Criminal Court', 'ICC'],
  ['International Committee of the Red Cross', 'ICRC', 'Red Cross'],
  ['World Health Organization', 'WHO'],
  ['UNICEF'],
  ['UNHCR'],
  ['OCHA'],
  ['Human Rights Watch', 'HRW'],
  ['Amnesty International', 'Amnesty'],
  ['Institute for the Study of War', 'ISW'],
  ['ACLED'],
  ['Pentagon', 'the Pentagon'],
  ['Kremlin', 'the Kremlin'],
  ['White House', 'the White House'],
  ['State Department', 'US State Department'],
];

/**
 * The head words of an organisation's name: "National Intelligence Service", "Defence Ministry",
 * "Ministry of Defence", "General Staff", "Joint Chiefs of Staff".
 */
export const ORGANISATION_HEADS = [
  'Intelligence Service', 'Intelligence Agency', 'Intelligence Directorate', 'Security Service', 'Ministry', 'General Staff', 'Chiefs of Staff',
  'Committee', 'Council', 'Commission', 'Agency', 'Service', 'Office', 'Directorate', 'Bureau', 'Department', 'Command', 'Mission',
  'Parliament', 'Assembly', 'Government', 'Presidency', 'Institute', 'Court', 'Network', 'Coalition', 'Observatory', 'Lawyers', 'Union',
  'Centre', 'Center', 'Foundation', 'Organization', 'Organisation', 'Federation', 'Watch', 'Group of Experts', 'Panel of Experts',
];

/**
 * What a country's organisation is called in lower case: "South Korea's intelligence agency", "the
 * Russian defence ministry". The name kept is "<Country>'s <words>", as the seed graph names it.
 */
export const GENERIC_ORGANISATIONS = [
  'military intelligence agency', 'military intelligence service', 'military intelligence', 'intelligence agency', 'intelligence service', 'spy agency',
  'defence ministry', 'defense ministry', 'foreign ministry', 'interior ministry', 'health ministry', 'information ministry', 'ministry of defence', 'ministry of defense', 'ministry of foreign affairs',
  'general staff', 'joint chiefs of staff', 'government', 'presidency', 'parliament', 'state media', 'state news agency', 'news agency', 'embassy', 'mission to the UN',
];

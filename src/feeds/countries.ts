import countries from 'world-countries';
import type { EntityInput } from '../entity';
import { countryLexicon, type Country } from '../extract/lexicon/countries';
import { nationalForce, policeOf } from '../extract/entities';

/**
 * Countries as the feeds name them (ISO 3166 alpha-3 codes, which CAMEO's country codes mostly
 * follow, FIPS 10-4 codes, which GDELT's geography uses, and names), turned into the entities
 * article ingestion makes: the same name and aliases, so a feed and an article meet on one node.
 */
let byCode: Map<string, Country> | null = null;
let byLowerName: Map<string, Country> | null = null;
let ownNamesByCode: Map<string, Set<string>> | null = null;

/**
 * CAMEO's country codes that are not ISO 3166 alpha-3 (CAMEO kept codes ISO has since changed, and
 * codes of its own for places it treats as actors), with the ISO code of the country each stands
 * for. The Netherlands Antilles (ANT) are left out: dissolved, they are no one country today.
 */
const CAMEO_NOT_ISO: Record<string, string> = {
  ROM: 'ROU', // Romania
  MTN: 'MNE', // Montenegro
  TMP: 'TLS', // East Timor
  IMY: 'IMN', // Isle of Man
  WSB: 'PSE', // the West Bank
  GZS: 'PSE', // the Gaza Strip
  BAG: 'IRQ', // Baghdad, for Iraq's state
};

/**
 * FIPS 10-4 country codes (GDELT's ActionGeo_CountryCode and the other *Geo_CountryCode columns)
 * and the ISO 3166 alpha-3 code of each country. Two letters like ISO alpha-2 but not the same
 * system: FIPS "CG" is the DR Congo, ISO "CG" the Republic of the Congo; FIPS "RS" is Russia, ISO
 * "RS" Serbia. So every code is listed, none assumed equal. Territories world-countries does not
 * hold (the Spratly and Paracel Islands, Navassa, Clipperton ...) are left out: they fall back to
 * the place's name. Read from the FIPS column of GDELT-era country tables (GeoNames countryInfo).
 */
const FIPS_TO_ISO3 = new Map(
  (
    'AA ABW AC ATG AE ARE AF AFG AG DZA AJ AZE AL ALB AM ARM AN AND AO AGO AQ ASM AR ARG AS AUS AU AUT ' +
    'AV AIA AY ATA BA BHR BB BRB BC BWA BD BMU BE BEL BF BHS BG BGD BH BLZ BK BIH BL BOL BM MMR BN BEN ' +
    'BO BLR BP SLB BR BRA BT BTN BU BGR BV BVT BX BRN BY BDI CA CAN CB KHM CD TCD CE LKA CF COG CG COD ' +
    'CH CHN CI CHL CJ CYM CK CCK CM CMR CN COM CO COL CQ MNP CS CRI CT CAF CU CUB CV CPV CW COK CY CYP ' +
    'DA DNK DJ DJI DO DMA DR DOM EC ECU EG EGY EI IRL EK GNQ EN EST ER ERI ES SLV ET ETH EZ CZE FG GUF ' +
    'FI FIN FJ FJI FK FLK FM FSM FO FRO FP PYF FR FRA FS ATF GA GMB GB GAB GG GEO GH GHA GI GIB GJ GRD ' +
    'GK GGY GL GRL GM DEU GP GLP GQ GUM GR GRC GT GTM GV GIN GY GUY GZ PSE HA HTI HK HKG HM HMD HO HND ' +
    'HR HRV HU HUN IC ISL ID IDN IM IMN IN IND IO IOT IR IRN IS ISR IT ITA IV CIV IZ IRQ JA JPN JE JEY ' +
    'JM JAM JN SJM JO JOR KE KEN KG KGZ KN PRK KR KIR KS KOR KT CXR KU KWT KV UNK KZ KAZ LA LAO LE LBN ' +
    'LG LVA LH LTU LI LBR LO SVK LS LIE LT LSO LU LUX LY LBY MA MDG MB MTQ MC MAC MD MDA MF MYT MG MNG ' +
    'MH MSR MI MWI MJ MNE MK MKD ML MLI MN MCO MO MAR MP MUS MR MRT MT MLT MU OMN MV MDV MX MEX MY MYS ' +
    'MZ MOZ NC NCL NE NIU NF NFK NG NER NH VUT NI NGA NL NLD NN SXM NO NOR NP NPL NR NRU NS SUR NU NIC ' +
    'NZ NZL OD SSD PA PRY PC PCN PE PER PK PAK PL POL PM PAN PO PRT PP PNG PS PLW PU GNB QA QAT RE REU ' +
    'RI SRB RM MHL RN MAF RO ROU RP PHL RQ PRI RS RUS RW RWA SA SAU SB SPM SC KNA SE SYC SF ZAF SG SEN ' +
    'SH SHN SI SVN SL SLE SM SMR SN SGP SO SOM SP ESP ST LCA SU SDN SV SJM SW SWE SX SGS SY SYR SZ CHE ' +
    'TB BLM TD TTO TH THA TI TJK TK TCA TL TKL TN TON TO TGO TP STP TS TUN TT TLS TU TUR TV TUV TW TWN ' +
    'TX TKM TZ TZA UC CUW UG UGA UK GBR UP UKR US USA UV BFA UY URY UZ UZB VC VCT VE VEN VI VGB VM VNM ' +
    'VQ VIR VT VAT WA NAM WE PSE WF WLF WI ESH WS WSM WZ SWZ YM YEM ZA ZMB ZI ZWE'
  )
    .split(' ')
    .flatMap((code, i, all) => (i % 2 === 0 ? [[code, all[i + 1] as string] as const] : [])),
);

function tables() {
  if (!byCode || !byLowerName || !ownNamesByCode) {
    const lexicon = countryLexicon();
    byCode = new Map();
    ownNamesByCode = new Map();
    for (const c of countries) {
      const country = lexicon.byName.get(c.name.common);
      if (!country) continue;
      byCode.set(c.cca3, country);
      // Its names and every English demonym the package gives ("Bosnian, Herzegovinian" is two), any
      // case; not its capital, a place in it.
      const names = [country.entity.name, ...country.entity.aliases.filter((a) => a.kind !== 'METONYM').map((a) => a.name)];
      const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].flatMap((d) => (d ? d.split(',') : []));
      ownNamesByCode.set(country.code, new Set([...names, ...demonyms].map((n) => n.trim().toLowerCase())));
    }
    for (const [cameo, iso] of Object.entries(CAMEO_NOT_ISO)) {
      const country = byCode.get(iso);
      if (country) byCode.set(cameo, country);
    }
    byLowerName = new Map([...lexicon.byName].map(([name, country]) => [name.toLowerCase(), country]));
  }
  return { byCode, byLowerName, ownNamesByCode };
}

/** The country of an ISO alpha-3 / CAMEO country code (ROM, MTN ...), or null (CAMEO's regions: AFR, EUR ...). */
export function countryByCode(code: string): Country | null {
  return code ? (tables().byCode.get(code.trim().toUpperCase()) ?? null) : null;
}

/** The country of a FIPS 10-4 code (GDELT's geography: "UP" Ukraine, "CF" the Republic of the Congo), or null. */
export function countryByFips(code: string): Country | null {
  const iso = FIPS_TO_ISO3.get(code.trim().toUpperCase());
  return iso ? countryByCode(iso) : null;
}

/** The country a name (any case) or one of its aliases names, or null. */
export function countryByName(name: string): Country | null {
  return name ? (tables().byLowerName.get(name.trim().toLowerCase()) ?? null) : null;
}

/**
 * Whether a name (any case) says no more than the country: its name, one of its aliases ("U.S.",
 * "Congo" for either Congo), or its demonym ("SOUTH AFRICAN", as GDELT names many typed actors).
 */
export function namesCountry(name: string, country: Country): boolean {
  const lower = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return countryByName(lower) === country || (tables().ownNamesByCode.get(country.code)?.has(lower) ?? false);
}

/** The country's entity, as ingestion makes it. */
export function countryEntity(country: Country): EntityInput {
  return { kind: 'COUNTRY', name: country.entity.name, aliases: country.entity.aliases, description: null };
}

/** The country's national armed force, as ingestion names it ("Russian troops"). */
export function nationalForceEntity(country: Country): EntityInput {
  const force = nationalForce(country);
  return { kind: 'ARMED_FORCE', name: force.name, aliases: force.aliases, description: force.description ?? null };
}

/**
 * A country's police, the node ingestion makes ("Somali police", an armed force); without a
 * country, "police". With a country, the bare alias "police" is left out: a feed's entity is
 * matched to the graph's by alias too (resolve.ts), and every country's police has that alias, so
 * a graph holding one country's police would take in every other country's.
 */
export function policeEntity(country: Country | null): EntityInput {
  const police = policeOf(country);
  const aliases = country ? police.aliases.filter((a) => a.name.toLowerCase() !== 'police') : police.aliases;
  return { kind: 'ARMED_FORCE', name: police.name, aliases, description: police.description ?? null };
}

/** "UNITED NATIONS" → "United Nations"; a name already in mixed case stays as it is. */
export function titleCase(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  return trimmed.toLowerCase().replace(/(^|[\s(/-])(\p{L})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

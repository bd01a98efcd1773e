/**
 * The map's arithmetic, free of the DOM and of the atlas, so the tests can use it too: a plain
 * equirectangular projection (longitude and latitude straight onto x and y) and the rule that
 * matches a country entity to a country shape of the atlas (world-atlas, Natural Earth 1:110m).
 */

/** The map's own coordinate space (the SVG's user units): 360° by 180°, two units a degree. */
export const MAP_WIDTH = 720;
export const MAP_HEIGHT = 360;

export interface MapPoint {
  x: number;
  y: number;
}

/** Equirectangular: x grows with longitude from −180°, y with latitude going south from 90°. */
export function project(longitude: number, latitude: number): MapPoint {
  return { x: round(((longitude + 180) / 360) * MAP_WIDTH), y: round(((90 - latitude) / 180) * MAP_HEIGHT) };
}

/** Three decimals: enough below a pixel at any zoom the map allows, and the same in the page and the tests. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * A name reduced for comparison: lower case, accents dropped, "&" read as "and", every run of
 * other characters (dots, apostrophes, hyphens, spaces) one space, and a leading "the" dropped.
 * "Côte d'Ivoire" and "cote d ivoire" compare equal; "Congo" and "DR Congo" do not.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * Other names of atlas countries: the atlas abbreviates some ("Dem. Rep. Congo", "S. Sudan") and
 * names others one way among several. Keys are the atlas's own names. Entities usually carry these
 * names as aliases already (the extraction lexicon has them); the table covers those that do not.
 */
export const ATLAS_ALTERNATE_NAMES: Readonly<Record<string, readonly string[]>> = {
  'United States of America': ['United States', 'USA', 'US', 'U.S.', 'America'],
  'Dem. Rep. Congo': ['Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'],
  Congo: ['Republic of the Congo', 'Congo-Brazzaville'],
  'Central African Rep.': ['Central African Republic', 'CAR'],
  'Dominican Rep.': ['Dominican Republic'],
  'Bosnia and Herz.': ['Bosnia and Herzegovina', 'Bosnia'],
  'S. Sudan': ['South Sudan'],
  'Eq. Guinea': ['Equatorial Guinea'],
  'W. Sahara': ['Western Sahara'],
  'Solomon Is.': ['Solomon Islands'],
  'Falkland Is.': ['Falkland Islands'],
  'Fr. S. Antarctic Lands': ['French Southern and Antarctic Lands'],
  'N. Cyprus': ['Northern Cyprus'],
  eSwatini: ['Swaziland'],
  Macedonia: ['North Macedonia'],
  Czechia: ['Czech Republic'],
  "Côte d'Ivoire": ['Ivory Coast'],
  'Timor-Leste': ['East Timor'],
  Myanmar: ['Burma'],
  Turkey: ['Türkiye'],
  'United Kingdom': ['UK', 'Britain', 'Great Britain'],
  Russia: ['Russian Federation'],
  'North Korea': ['DPRK', "Democratic People's Republic of Korea"],
  'South Korea': ['Republic of Korea', 'ROK'],
  Iran: ['Islamic Republic of Iran'],
  Syria: ['Syrian Arab Republic'],
  Laos: ['Lao PDR'],
  Vietnam: ['Viet Nam'],
  Palestine: ['State of Palestine', 'Palestinian Territories'],
  Tanzania: ['United Republic of Tanzania'],
  Moldova: ['Republic of Moldova'],
};

/**
 * Finds the atlas country of a country entity. The rule: an entity of kind COUNTRY matches the
 * atlas country whose name, or one of its alternate names (ATLAS_ALTERNATE_NAMES), equals the
 * entity's name or one of its aliases once both are normalised (normaliseName). The entity's own
 * name is tried first, then its aliases in order; the first hit wins. Other kinds never match: a
 * place or a force is drawn by its coordinates, not by a country's shape.
 */
export class CountryMatcher {
  private readonly byName = new Map<string, string>();

  /** `atlasNames`: the atlas's country names (its `properties.name`). */
  constructor(atlasNames: readonly string[]) {
    for (const name of atlasNames) this.byName.set(normaliseName(name), name);
    // Alternates never take the place of a real atlas name.
    for (const name of atlasNames) {
      for (const other of ATLAS_ALTERNATE_NAMES[name] ?? []) {
        const key = normaliseName(other);
        if (!this.byName.has(key)) this.byName.set(key, name);
      }
    }
  }

  /** The atlas name of the entity's country, or null. */
  match(entity: { kind: string; name: string; aliases?: readonly string[] }): string | null {
    if (entity.kind !== 'COUNTRY') return null;
    for (const name of [entity.name, ...(entity.aliases ?? [])]) {
      const hit = this.byName.get(normaliseName(name));
      if (hit) return hit;
    }
    return null;
  }
}

/** Where to anchor a shape (a fact's line to a country with no coordinates): the centroid of its largest ring. */
export function ringsAnchor(rings: ReadonlyArray<ReadonlyArray<MapPoint>>): MapPoint | null {
  let best: { area: number; point: MapPoint } | null = null;
  for (const ring of rings) {
    let twiceArea = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      const cross = a.x * b.y - b.x * a.y;
      twiceArea += cross;
      cx += (a.x + b.x) * cross;
      cy += (a.y + b.y) * cross;
    }
    if (twiceArea === 0) continue;
    const area = Math.abs(twiceArea / 2);
    if (!best || area > best.area) best = { area, point: { x: round(cx / (3 * twiceArea)), y: round(cy / (3 * twiceArea)) } };
  }
  return best?.point ?? null;
}

/** A place's name as the map would draw it: its box in map units, right of its point. */
export interface LabelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Which names the map draws: in the order given (the most important first), each whose box lies
 * in the view and overlaps no name already drawn, up to `max`. Zooming in spreads the points and
 * shrinks the boxes, so more names fit; a point left unnamed keeps its name on hover.
 */
export function placeLabels(boxes: readonly LabelBox[], view: { x: number; y: number; width: number; height: number }, max: number): Set<string> {
  const drawn: LabelBox[] = [];
  const overlaps = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (const box of boxes) {
    if (drawn.length >= max) break;
    const inView = box.x < view.x + view.width && box.x + box.width > view.x && box.y < view.y + view.height && box.y + box.height > view.y;
    if (inView && !drawn.some((d) => overlaps(d, box))) drawn.push(box);
  }
  return new Set(drawn.map((b) => b.id));
}

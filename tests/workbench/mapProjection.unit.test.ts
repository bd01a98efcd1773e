/**
 * The map's arithmetic (ui/src/mapProjection.ts): the projection the e2e test checks points
 * against, and the rule that matches country entities to the atlas's shapes, against the atlas's
 * real names (world-atlas, Natural Earth 1:110m).
 */
import atlas from 'world-atlas/countries-110m.json';

// ui/ is an ES module package: imported, not required.
const load = () => import('../../ui/src/mapProjection.js');
let m: Awaited<ReturnType<typeof load>>;
const atlasNames = (atlas as unknown as { objects: { countries: { geometries: Array<{ properties: { name: string } }> } } }).objects.countries.geometries.map((g) => g.properties.name);

beforeAll(async () => {
  m = await load();
});

describe('project', () => {
  it('puts the corners and the origin where an equirectangular map has them', () => {
    expect(m.project(-180, 90)).toEqual({ x: 0, y: 0 });
    expect(m.project(180, -90)).toEqual({ x: m.MAP_WIDTH, y: m.MAP_HEIGHT });
    expect(m.project(0, 0)).toEqual({ x: m.MAP_WIDTH / 2, y: m.MAP_HEIGHT / 2 });
  });

  it('is linear in both axes: east is right, north is up', () => {
    const kyiv = m.project(30.52, 50.45);
    const moscow = m.project(37.62, 55.76);
    expect(moscow.x).toBeGreaterThan(kyiv.x);
    expect(moscow.y).toBeLessThan(kyiv.y);
    expect(moscow.x - kyiv.x).toBeCloseTo(((37.62 - 30.52) / 360) * m.MAP_WIDTH, 2);
  });
});

describe('normaliseName', () => {
  it('drops case, accents, punctuation and a leading "the"', () => {
    expect(m.normaliseName("Côte d'Ivoire")).toBe(m.normaliseName('cote d ivoire'));
    expect(m.normaliseName('The Gambia')).toBe('gambia');
    expect(m.normaliseName('Bosnia & Herzegovina')).toBe('bosnia and herzegovina');
    expect(m.normaliseName('DR Congo')).not.toBe(m.normaliseName('Congo'));
  });
});

describe('CountryMatcher', () => {
  const matcher = () => new m.CountryMatcher(atlasNames);

  it('matches a country by its name, or by an alias, against the atlas', () => {
    expect(matcher().match({ kind: 'COUNTRY', name: 'Russia' })).toBe('Russia');
    expect(matcher().match({ kind: 'COUNTRY', name: 'Ukraine', aliases: [] })).toBe('Ukraine');
    expect(matcher().match({ kind: 'COUNTRY', name: 'Kingdom of Atlantis', aliases: ['Ukraine'] })).toBe('Ukraine');
  });

  it('reads the atlas’s abbreviated names through its table of alternates', () => {
    expect(matcher().match({ kind: 'COUNTRY', name: 'Democratic Republic of the Congo' })).toBe('Dem. Rep. Congo');
    expect(matcher().match({ kind: 'COUNTRY', name: 'Republic of the Congo' })).toBe('Congo');
    expect(matcher().match({ kind: 'COUNTRY', name: 'South Sudan' })).toBe('S. Sudan');
    expect(matcher().match({ kind: 'COUNTRY', name: 'United States' })).toBe('United States of America');
    expect(matcher().match({ kind: 'COUNTRY', name: 'DPRK' })).toBe('North Korea');
  });

  it('names only atlas countries in its table of alternates', () => {
    for (const name of Object.keys(m.ATLAS_ALTERNATE_NAMES)) expect(atlasNames).toContain(name);
  });

  it('matches countries only: a place or a force is drawn by its coordinates', () => {
    expect(matcher().match({ kind: 'LOCATION', name: 'Russia' })).toBeNull();
    expect(matcher().match({ kind: 'ARMED_FORCE', name: 'Ukraine' })).toBeNull();
    expect(matcher().match({ kind: 'COUNTRY', name: 'Kursk Oblast' })).toBeNull();
  });
});

describe('ringsAnchor', () => {
  it('is the centroid of the largest ring', () => {
    const square = (x: number, y: number, side: number) => [
      { x, y },
      { x: x + side, y },
      { x: x + side, y: y + side },
      { x, y: y + side },
    ];
    expect(m.ringsAnchor([square(0, 0, 2), square(10, 10, 4)])).toEqual({ x: 12, y: 12 });
    expect(m.ringsAnchor([])).toBeNull();
  });
});

describe('placeLabels', () => {
  const view = { x: 0, y: 0, width: 100, height: 50 };
  const box = (id: string, x: number, y: number, width = 10) => ({ id, x, y, width, height: 2 });

  it('draws every name that fits, and of two that overlap the first given', () => {
    const placed = m.placeLabels([box('kupiansk', 10, 10), box('kupiansk-vuzlovyi', 15, 10.5), box('izium', 10, 20)], view, 40);
    expect([...placed]).toEqual(['kupiansk', 'izium']);
  });

  it('leaves out names outside the view, so zooming in names the points it shows', () => {
    expect([...m.placeLabels([box('far', 150, 10), box('near', 40, 10)], view, 40)]).toEqual(['near']);
  });

  it('draws at most max names, the first given', () => {
    const boxes = Array.from({ length: 10 }, (_, i) => box(`p${i}`, 0, i * 3));
    expect([...m.placeLabels(boxes, view, 4)]).toEqual(['p0', 'p1', 'p2', 'p3']);
  });

  it('draws side by side names that only touch', () => {
    expect(m.placeLabels([box('a', 0, 0), box('b', 10, 0)], view, 40).size).toBe(2);
  });
});

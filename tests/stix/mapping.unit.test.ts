import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClaimRecord } from '../../src/claim';
import type { EntityRecord } from '../../src/entity';
import type { RelationshipRecord } from '../../src/graph';
import type { SourceRecord } from '../../src/source';
import {
  countryCode, credibilityFromStix, EXTENSION_ID, ourRelationshipType, readBundle, stixRelationshipType, toBundle, toStixConfidence, toStixObjects,
  type GraphSlice,
} from '../../src/stix';
import { periodEnd, periodStart } from '../../src/stix/time';
import { entityId, factId, projectRoot } from '../../src/support';

describe('the STIX mapping rules', () => {
  it('turns partial dates into the start of their period and the instant after their end', () => {
    expect(periodStart('2024-12')).toBe('2024-12-01T00:00:00.000Z');
    expect(periodEnd('2024-12')).toBe('2025-01-01T00:00:00.000Z');
    expect(periodEnd('2024')).toBe('2025-01-01T00:00:00.000Z');
    expect(periodEnd('2024-02-29')).toBe('2024-03-01T00:00:00.000Z');
  });

  it('scales confidence to 0–100 and reads a foreign one as Admiralty credibility', () => {
    expect(toStixConfidence(0.675)).toBe(68);
    expect(toStixConfidence(null)).toBeUndefined();
    expect([95, 80, 79, 60, 45, 20, 5, undefined].map(credibilityFromStix)).toEqual([1, 1, 2, 2, 3, 4, 5, 6]);
  });

  it('finds current ISO codes from country names, never retired ones', () => {
    expect(countryCode(['North Korea'])).toBe('KP');
    expect(countryCode(['Russia'])).toBe('RU');
    expect(countryCode(['Atlantis', 'Ukraine'])).toBe('UA');
    expect(countryCode(['Atlantis'])).toBeNull();
  });

  it('finds the codes of countries named as the lexicon names them, where ICU names them otherwise', () => {
    // ICU: "Myanmar (Burma)", "Palestinian Territories", "Trinidad & Tobago", "St. Lucia".
    expect(['Myanmar', 'Palestine', 'Trinidad and Tobago', 'Saint Lucia', 'Antigua and Barbuda', 'DPRK', 'Burma'].map((name) => countryCode([name]))).toEqual([
      'MM', 'PS', 'TT', 'LC', 'AG', 'KP', 'MM',
    ]);
  });

  it('spells our relationship types the STIX way and reads them, and the mapped foreign ones, back', () => {
    expect(stixRelationshipType('DEPLOYED_TO')).toBe('deployed-to');
    expect(stixRelationshipType('LOCATED_IN')).toBe('located-at');
    expect(ourRelationshipType('deployed-to')).toBe('DEPLOYED_TO');
    expect(ourRelationshipType('located-at')).toBe('LOCATED_IN');
    expect(ourRelationshipType('cooperates-with')).toBe('ALLIED_WITH');
    expect(ourRelationshipType('related-to')).toBeNull();
  });
});

const entity = (kind: EntityRecord['kind'], name: string): EntityRecord => ({
  id: entityId(kind, name), kind, name, aliases: [], aliasKinds: [], description: null, reliability: null, coordinates: null, createdAt: null, updatedAt: null, createdBy: null,
});

/** A tiny slice: a force deployed to a country, said by one source and denied by a reporter in another. */
function slice(): GraphSlice {
  const troops = entity('ARMED_FORCE', 'Northern troops');
  const country = entity('COUNTRY', 'Russia');
  const ministry = entity('ORGANIZATION', 'A ministry');
  const source = (id: string, iso: string): SourceRecord => ({
    id, title: `Source ${id}`, url: `https://news.example.org/${id}`, contentHash: null, publishedAt: { iso, precision: 'DAY' }, retrievedAt: null, publisherId: null, claimCount: 1,
  });
  const claim = (id: string, sourceId: string, polarity: 'ASSERTED' | 'DENIED', reportedById: string | null): ClaimRecord => ({
    id, text: `excerpt ${id}`, excerpts: [`excerpt ${id}`], predicate: 'DEPLOYED_TO', polarity, attribution: reportedById ? 'REPORTER' : 'SOURCE', note: null,
    credibility: 2, reliability: 'B', confidence: 0.675, status: 'DISPUTED', knownAt: '2024-12-01', validStart: null, validEnd: null, unattributedOnly: false,
    quantity: { value: 10000, upper: null, unit: 'troops', qualifier: 'AT_LEAST' }, validFrom: { iso: '2024-10', precision: 'MONTH' }, validTo: null,
    subjectId: troops.id, objectId: country.id, reportedById, intermediaryId: null, hedged: false, extraction: null, sourceId, publisherId: null, retraction: null,
    textSpan: null, review: { status: 'ACCEPTED', by: null, at: null, reason: null }, correctsId: null, correctedById: null, createdAt: null, createdBy: null,
  });
  const fact: RelationshipRecord = {
    id: factId(troops.id, 'DEPLOYED_TO', country.id), type: 'DEPLOYED_TO', fromId: troops.id, toId: country.id, validFrom: { iso: '2024-10', precision: 'MONTH' },
    validTo: { iso: '2024-10', precision: 'MONTH' }, quantity: null, confidence: 0.675, claimCount: 1, claimIds: ['c1'], corroboration: 1,
    originCount: 1, sourceCount: 1, pendingOnly: false, unattributedOnly: false, disputed: true, validStart: null, validEnd: null,
  };
  return {
    entities: [troops, country, ministry],
    sources: [source('s1', '2024-12-01'), source('s2', '2024-12-03')],
    claims: [claim('c1', 's1', 'ASSERTED', null), claim('c2', 's2', 'DENIED', ministry.id)],
    facts: [fact],
  };
}

describe('toStixObjects', () => {
  it('maps a slice deterministically: a note, an opinion for the denial, a relationship with its valid time', () => {
    const objects = toStixObjects(slice());
    expect(toBundle(toStixObjects(slice()))).toEqual(toBundle(objects));
    const byType = (type: string) => objects.filter((o) => o.type === type);
    expect(byType('note')).toHaveLength(1);
    const [opinion] = byType('opinion');
    expect(opinion).toMatchObject({ opinion: 'strongly-disagree', confidence: 68, labels: ['disputed'], created: '2024-12-03T00:00:00.000Z' });
    expect(opinion?.created_by_ref).toMatch(/^identity--/);
    const [relationship] = byType('relationship');
    expect(relationship).toMatchObject({ relationship_type: 'deployed-to', start_time: '2024-10-01T00:00:00.000Z', stop_time: '2024-11-01T00:00:00.000Z', labels: ['disputed'] });
    expect(byType('location')[0]).toMatchObject({ name: 'Russia', country: 'RU' });
    expect(byType('identity').map((o) => o.identity_class).sort()).toEqual(['group', 'organization', 'system']);
    // Every object but the extension definition carries the extension, with no null anywhere.
    expect(objects.filter((o) => o.type !== 'extension-definition' && o.identity_class !== 'system').every((o) => (o.extensions as Record<string, unknown>)[EXTENSION_ID])).toBe(true);
    expect(JSON.stringify(objects)).not.toContain('null');
  });

  it('reads its own objects back into the records they came from', () => {
    const reading = readBundle(toBundle(toStixObjects(slice())), '');
    expect(reading.read).toEqual({ identity: 2, location: 1, report: 2, note: 1, opinion: 1 });
    expect(reading.derived).toBe(1);
    expect(reading.notModelled).toEqual({});
    const denial = reading.records.find((r) => r.record.polarity === 'DENIED')?.record;
    expect(denial).toMatchObject({ type: 'claim', sourceId: 's2', predicate: 'DEPLOYED_TO', reportedBy: { kind: 'ORGANIZATION', name: 'A ministry' }, validFrom: '2024-10' });
  });
});

describe('readBundle on other producers\' bundles', () => {
  const fixture = (name: string) => {
    const text = readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'stix', name), 'utf8');
    return readBundle(JSON.parse(text), text);
  };

  it('accounts for every object of the OpenCTI-shaped bundle', () => {
    const reading = fixture('opencti-shaped.json');
    expect(reading.read).toEqual({ identity: 3, location: 2, report: 1, relationship: 3 });
    expect(reading.notModelled).toEqual({ 'marking-definition': 1, 'identity (class class)': 1, 'intrusion-set': 1 });
    expect(reading.skipped.map((s) => s.id)).toEqual(['relationship--1a2b3c4d-5e6f-4a7b-8c8d-0e1f2a3b4c5d', 'relationship--2b3c4d5e-6f7a-4b8c-9d9e-1f2a3b4c5d6e']);
  });

  it('accounts for every object of the MISP-shaped bundle', () => {
    const reading = fixture('misp-shaped.json');
    expect(reading.read).toEqual({ identity: 1, location: 1, report: 1 });
    expect(reading.notModelled).toEqual({ 'marking-definition': 1, indicator: 1, 'observed-data': 1, 'ipv4-addr': 1, 'threat-actor': 1 });
    expect(reading.skipped).toHaveLength(1);
  });
});

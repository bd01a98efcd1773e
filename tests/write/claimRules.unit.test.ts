import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSeedFile } from '../../src/seed/seedFile';
import { entityId, projectRoot } from '../../src/support';
import { parseRecord } from '../../src/transfer';
import { checkClaim, checkEnds, orderSymmetric, type ClaimFields } from '../../src/write';
import type { EntityKind } from '../../src/generated/types';

const ids = {
  russia: entityId('COUNTRY', 'Russia'),
  northKorea: entityId('COUNTRY', 'North Korea'),
  troops: entityId('ARMED_FORCE', 'North Korean troops'),
  kursk: entityId('LOCATION', 'Kursk'),
  agency: entityId('ORGANIZATION', 'National Intelligence Service'),
};
const KINDS = new Map<string, EntityKind>([
  [ids.russia, 'COUNTRY'],
  [ids.northKorea, 'COUNTRY'],
  [ids.troops, 'ARMED_FORCE'],
  [ids.kursk, 'LOCATION'],
  [ids.agency, 'ORGANIZATION'],
]);
const NAMES = new Map([[ids.russia, 'Russia'], [ids.northKorea, 'North Korea'], [ids.troops, 'North Korean troops']]);

const claim = (more: Partial<ClaimFields> = {}): ClaimFields => ({
  sourceId: 'source-1',
  subjectId: ids.troops,
  predicate: 'DEPLOYED_TO',
  objectId: ids.russia,
  excerpt: 'North Korean troops have been sent to Russia.',
  credibility: 2,
  ...more,
});

const messageOf = (work: () => unknown): string => {
  try {
    work();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the work to throw, but it returned');
};

describe('checkClaim', () => {
  it('defaults the polarity to ASSERTED and the attribution to REPORTER with a reporter, else SOURCE', () => {
    expect(checkClaim(claim())).toMatchObject({ polarity: 'ASSERTED', attribution: 'SOURCE', hedged: false });
    expect(checkClaim(claim({ reportedById: ids.agency }))).toMatchObject({ attribution: 'REPORTER', reportedById: ids.agency });
  });

  it('refuses REPORTER without a reporter, and a reporter without REPORTER', () => {
    expect(messageOf(() => checkClaim(claim({ attribution: 'REPORTER' })))).toBe(
      'input.attribution: expected REPORTER exactly when reportedById is given, but got REPORTER without reportedById',
    );
    expect(messageOf(() => checkClaim(claim({ attribution: 'UNATTRIBUTED', reportedById: ids.agency })))).toContain('but got UNATTRIBUTED with reportedById');
  });

  it('keeps a range with both bounds and refuses an upper bound below the value', () => {
    const checked = checkClaim(claim({ quantity: { value: 10_000, upper: 12_000, unit: 'troops' } }));
    expect(checked.quantity).toEqual({ value: 10_000, upper: 12_000, unit: 'troops', qualifier: 'EXACTLY' });
    expect(messageOf(() => checkClaim(claim({ quantity: { value: 12_000, upper: 10_000 } })))).toBe(
      'input.quantity.upper: expected a finite number not below value (12000), but got 10000',
    );
  });

  it('names the field with the caller\'s prefix: input. for the API, nothing for files', () => {
    expect(messageOf(() => checkClaim(claim({ credibility: 7 }), 'input.'))).toBe('input.credibility: expected a whole number from 1 to 6, but got 7');
    expect(messageOf(() => checkClaim(claim({ credibility: '2' }), ''))).toBe('credibility: expected a whole number from 1 to 6, but got "2"');
  });
});

describe('one rule for validTo, whichever way a claim comes in', () => {
  const RULE = 'validTo: expected a date on or after validFrom (2024-12), but got 2024-10';

  it('refuses validTo before validFrom through the API\'s rules', () => {
    expect(messageOf(() => checkClaim(claim({ validFrom: '2024-12', validTo: '2024-10' }), 'input.'))).toBe(`input.${RULE}`);
  });

  it('refuses it in an import record, with the same message', () => {
    const record = {
      type: 'claim',
      sourceId: 'source-1',
      subjectId: ids.troops,
      predicate: 'DEPLOYED_TO',
      objectId: ids.russia,
      excerpt: 'Troops went in.',
      credibility: 2,
      validFrom: '2024-12',
      validTo: '2024-10',
    };
    expect(messageOf(() => parseRecord(record))).toBe(RULE);
  });

  it('refuses it in a seed file, with the same message', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-seed-rule-'));
    const seedDir = path.join(projectRoot, 'data', 'seed');
    const doc = JSON.parse(readFileSync(path.join(seedDir, 'bbc-north-korean-soldier-captured.json'), 'utf8'));
    copyFileSync(path.join(seedDir, doc.source.textFile), path.join(dir, doc.source.textFile));
    const deployment = doc.claims.findIndex((c: { predicate: string }) => c.predicate === 'DEPLOYED_TO');
    expect(deployment).toBeGreaterThanOrEqual(0);
    doc.claims[deployment].validFrom = '2024-12';
    doc.claims[deployment].validTo = '2024-10';
    const file = path.join(dir, 'seed.json');
    writeFileSync(file, JSON.stringify(doc));
    expect(messageOf(() => readSeedFile(file))).toContain(`claims[${deployment}]: ${RULE}`);
  });
});

describe('checkEnds', () => {
  const kindOf = (id: string) => KINDS.get(id);

  it('accepts a claim whose ends have the kinds its type allows', () => {
    expect(() => checkEnds(checkClaim(claim()), kindOf)).not.toThrow();
    expect(() => checkEnds(checkClaim(claim({ predicate: 'CASUALTIES_IN', objectId: null })), kindOf)).not.toThrow();
  });

  it('refuses a provenance-only type as a claim', () => {
    expect(messageOf(() => checkEnds(checkClaim(claim({ predicate: 'REPORTED_BY', objectId: ids.agency })), kindOf))).toMatch(
      /^input\.predicate: expected a type that makes facts between entities, but got REPORTED_BY/,
    );
  });

  it('refuses an end of a kind the type does not allow', () => {
    expect(messageOf(() => checkEnds(checkClaim(claim({ subjectId: ids.kursk })), kindOf))).toBe(
      'input.subjectId: expected an entity of kind ARMED_FORCE or COUNTRY or PERSON for DEPLOYED_TO, but got LOCATION',
    );
    expect(messageOf(() => checkEnds(checkClaim(claim({ objectId: ids.agency })), kindOf))).toBe(
      'input.objectId: expected an entity of kind COUNTRY or LOCATION for DEPLOYED_TO, but got ORGANIZATION',
    );
  });

  it('refuses a missing object where the type needs one, and an entity related to itself', () => {
    expect(messageOf(() => checkEnds(checkClaim(claim({ objectId: null })), kindOf))).toBe('input.objectId: expected an object for DEPLOYED_TO, but got none');
    expect(messageOf(() => checkEnds(checkClaim(claim({ predicate: 'ALLIED_WITH', subjectId: ids.russia, objectId: ids.russia })), kindOf))).toBe(
      `input.objectId: expected an entity other than the subject, but got the same id ${JSON.stringify(ids.russia)}`,
    );
  });
});

describe('orderSymmetric', () => {
  const nameOf = (id: string) => NAMES.get(id);

  it('puts the two sides of a symmetric type in name order', () => {
    const reversed = checkClaim(claim({ predicate: 'ALLIED_WITH', subjectId: ids.russia, objectId: ids.northKorea }));
    expect(orderSymmetric(reversed, nameOf)).toMatchObject({ subjectId: ids.northKorea, objectId: ids.russia });
    const ordered = checkClaim(claim({ predicate: 'ALLIED_WITH', subjectId: ids.northKorea, objectId: ids.russia }));
    expect(orderSymmetric(ordered, nameOf)).toBe(ordered);
  });

  it('leaves a directed type as it is', () => {
    const directed = checkClaim(claim({ subjectId: ids.troops, objectId: ids.russia }));
    expect(orderSymmetric(directed, nameOf)).toBe(directed);
  });
});

import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSeedFile, type SeedPlan } from '../../src/seed/seedFile';
import { entityId, projectRoot } from '../../src/support';

const SEED_DIR = path.join(projectRoot, 'data', 'seed');
const SEED_FILE = path.join(SEED_DIR, 'bbc-north-korean-soldier-captured.json');
const TEXT_FILE = 'article-north-korean-soldier-captured.txt';

const id = {
  troops: entityId('ARMED_FORCE', 'North Korean troops'),
  russia: entityId('COUNTRY', 'Russia'),
  kursk: entityId('LOCATION', 'Kursk'),
  soldier: entityId('PERSON', 'Captured North Korean soldier'),
  ukrainianForces: entityId('ARMED_FORCE', 'Ukrainian forces'),
  agency: entityId('ORGANIZATION', "South Korea's intelligence agency"),
  bbc: entityId('ORGANIZATION', 'BBC'),
};

describe('readSeedFile on the real seed', () => {
  let plan: SeedPlan;
  beforeAll(() => {
    plan = readSeedFile(SEED_FILE);
  });

  it('reads the source with its publisher and publication day', () => {
    expect(plan.source).toEqual({
      title: null,
      url: null,
      publishedAt: { iso: '2024-12-27', precision: 'DAY' },
      publisherId: id.bbc,
    });
    expect(plan.text).toBe(readFileSync(path.join(SEED_DIR, TEXT_FILE), 'utf8'));
  });

  it('dates the deployment claims from December 2024, with MONTH precision', () => {
    const deployments = plan.claims.filter((c) => c.predicate === 'DEPLOYED_TO');
    expect(deployments.length).toBeGreaterThan(0);
    for (const c of deployments) {
      expect(c.validFrom).toEqual({ iso: '2024-12', precision: 'MONTH' });
      expect(c).toMatchObject({ subjectId: id.troops, objectId: id.russia });
    }
  });

  it('reads the Kursk casualties as at least 3000', () => {
    const kursk = plan.claims.filter((c) => c.predicate === 'CASUALTIES_IN' && c.objectId === id.kursk);
    expect(kursk).toHaveLength(1);
    expect(kursk[0]?.quantity).toEqual({ value: 3000, upper: null, unit: 'casualties', qualifier: 'AT_LEAST' });
  });

  it('links the capture reported by the intelligence agency to that agency', () => {
    const capture = plan.claims.filter((c) => c.predicate === 'CAPTURED_BY' && c.attribution === 'REPORTER');
    expect(capture).toHaveLength(1);
    expect(capture[0]).toMatchObject({
      subjectId: id.soldier,
      objectId: id.ukrainianForces,
      reportedById: id.agency,
    });
  });

  it('leaves the reporter empty on claims the article makes itself', () => {
    const ownClaims = plan.claims.filter((c) => c.attribution !== 'REPORTER');
    expect(ownClaims.length).toBeGreaterThan(0);
    for (const c of ownClaims) {
      expect(c.reportedById).toBeNull();
    }
  });

  it('finds every excerpt verbatim in the text', () => {
    expect(plan.claims.length).toBeGreaterThan(0);
    for (const c of plan.claims) expect(plan.text).toContain(c.excerpt);
  });

  it('defaults the polarity to ASSERTED', () => {
    expect(new Set(plan.claims.map((c) => c.polarity))).toEqual(new Set(['ASSERTED']));
  });

  it('reads every entity with its aliases', () => {
    const northKorea = plan.entities.find((e) => e.name === 'North Korea');
    expect(northKorea).toMatchObject({ kind: 'COUNTRY' });
    expect(northKorea?.aliases).toContainEqual({ name: 'DPRK', kind: 'ALIAS' });
    expect(new Set(plan.entities.map((e) => e.name)).size).toBe(plan.entities.length);
  });
});

describe('readSeedFile on a broken copy', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-seed-test-'));
    copyFileSync(path.join(SEED_DIR, TEXT_FILE), path.join(dir, TEXT_FILE));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** Writes a copy of the real seed, changed by `edit`, and returns its path. */
  const brokenCopy = (edit: (doc: any) => void): string => {
    const doc = JSON.parse(readFileSync(SEED_FILE, 'utf8'));
    edit(doc);
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(doc, null, 2));
    return file;
  };

  const errorOf = (file: string): Error => {
    try {
      readSeedFile(file);
    } catch (error) {
      return error as Error;
    }
    throw new Error(`expected readSeedFile to reject ${file}`);
  };

  it('reads an unchanged copy', () => {
    expect(readSeedFile(brokenCopy(() => {})).claims.length).toBe(readSeedFile(SEED_FILE).claims.length);
  });

  it('rejects an unknown predicate, naming the field and the value', () => {
    const message = errorOf(brokenCopy((doc) => (doc.claims[0].predicate = 'INVADED'))).message;
    expect(message).toMatch(/^broken\.json is not a valid seed file:/);
    expect(message).toContain('claims[0]: predicate: expected one of DEPLOYED_TO,');
    expect(message).toContain('but got "INVADED"');
  });

  it('rejects an excerpt that is not in the text, quoting it', () => {
    const message = errorOf(brokenCopy((doc) => (doc.claims[1].excerpt = 'Words the article never said.'))).message;
    expect(message).toContain(`claims[1]: expected the excerpt to appear verbatim in ${TEXT_FILE}`);
    expect(message).toContain('but got "Words the article never said."');
  });

  it('rejects an unknown entity handle, naming the field and listing the handles', () => {
    const message = errorOf(brokenCopy((doc) => (doc.claims[2].object = 'atlantis'))).message;
    expect(message).toContain('claims[2]: object: expected an entity handle (north-korea, russia,');
    expect(message).toContain('but got "atlantis"');
  });

  it('rejects an unknown publisher handle', () => {
    const message = errorOf(brokenCopy((doc) => (doc.source.publisher = 'cnn'))).message;
    expect(message).toContain('source.publisher: publisher: expected an entity handle');
    expect(message).toContain('but got "cnn"');
  });

  it('rejects a bad publication date, naming the field and the value', () => {
    const message = errorOf(brokenCopy((doc) => (doc.source.publishedAt = '2024-02-30'))).message;
    expect(message).toContain('source.publishedAt: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but got "2024-02-30"');
  });

  it('rejects a bad claim date, quoting the value', () => {
    const message = errorOf(brokenCopy((doc) => (doc.claims[3].validFrom = 'Dec 2024'))).message;
    expect(message).toContain('claims[3]: ');
    expect(message).toContain('expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but got "Dec 2024"');
  });

  it('names validFrom or validTo when a claim date is bad', () => {
    const message = errorOf(brokenCopy((doc) => (doc.claims[3].validTo = '2024-13'))).message;
    expect(message).toContain('claims[3]: validTo: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but got "2024-13"');
  });

  it('rejects a month without a year when the source has no publication date', () => {
    const message = errorOf(brokenCopy((doc) => delete doc.source.publishedAt)).message;
    expect(message).toContain("validFrom: a month without a year needs the source's publishedAt");
  });

  it('rejects an unknown entity kind and alias kind', () => {
    const message = errorOf(
      brokenCopy((doc) => {
        doc.entities['east-asia'].kind = 'CONTINENT';
        doc.entities.kursk.aliases[1].kind = 'NICKNAME';
      }),
    ).message;
    expect(message).toContain('entities.east-asia: kind: expected one of COUNTRY,');
    expect(message).toContain('but got "CONTINENT"');
    expect(message).toContain('entities.kursk: aliases[1].kind: expected one of ALIAS, DEMONYM, METONYM, but got "NICKNAME"');
  });

  it('rejects a credibility outside 1 to 6', () => {
    const message = errorOf(brokenCopy((doc) => (doc.claims[4].credibility = 7))).message;
    expect(message).toContain('claims[4]: credibility: expected a whole number from 1 to 6, but got 7');
  });

  it('reports every problem at once, one per line', () => {
    const message = errorOf(
      brokenCopy((doc) => {
        doc.claims[0].predicate = 'INVADED';
        doc.claims[1].excerpt = 'Words the article never said.';
        doc.claims[2].subject = 'atlantis';
        doc.claims[3].validFrom = '2024-13';
        doc.claims[5].quantity = { value: 1, qualifier: 'ROUGHLY' };
      }),
    ).message;
    const lines = message.split('\n');
    expect(lines[0]).toBe('broken.json is not a valid seed file:');
    expect(lines.slice(1).map((l) => l.trim().split(':')[0])).toEqual([
      'claims[0]',
      'claims[1]',
      'claims[2]',
      'claims[3]',
      'claims[5]',
    ]);
    for (const value of ['"INVADED"', '"Words the article never said."', '"atlantis"', '"2024-13"', '"ROUGHLY"']) {
      expect(message).toContain(`but got ${value}`);
    }
  });
});

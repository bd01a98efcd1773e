import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readGoldFiles, type GoldArticle } from '../../src/evaluation';

const FOLDER = path.join(__dirname, '..', 'fixtures', 'extraction');
const { articles: files, errors } = readGoldFiles([FOLDER]);
const articles: GoldArticle[] = files.map((f) => f.article);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the development gold set in tests/fixtures/extraction', () => {
  it('has only valid files, every excerpt and noClaim sentence verbatim in its text', () => {
    expect(errors).toEqual([]);
    const jsonFiles = readdirSync(FOLDER).filter((n) => n.endsWith('.json'));
    expect(articles).toHaveLength(jsonFiles.length);
    for (const a of articles) {
      for (const f of a.facts) expect(a.text).toContain(f.excerpt);
      for (const s of a.noClaim) expect(a.text).toContain(s);
    }
  });

  it('holds at least 44 articles of 150 to 350 words each', () => {
    expect(articles.length).toBeGreaterThanOrEqual(44);
    const outside = articles.filter((a) => words(a.text) < 150 || words(a.text) > 350).map((a) => `${a.id}: ${words(a.text)} words`);
    expect(outside).toEqual([]);
  });

  it('covers at least six outlet styles and four conflicts', () => {
    expect(new Set(articles.map((a) => a.style)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(articles.map((a) => a.conflict)).size).toBeGreaterThanOrEqual(4);
    for (const conflict of ['russia-ukraine', 'sudan', 'drc']) expect(articles.some((a) => a.conflict === conflict)).toBe(true);
  });

  it('holds at least 200 facts and 60 noClaim sentences', () => {
    expect(articles.reduce((n, a) => n + a.facts.length, 0)).toBeGreaterThanOrEqual(200);
    expect(articles.reduce((n, a) => n + a.noClaim.length, 0)).toBeGreaterThanOrEqual(60);
  });

  it('has some undated articles and some with no Korea or Russia in them at all', () => {
    expect(articles.filter((a) => a.publishedAt === null).length).toBeGreaterThanOrEqual(2);
    expect(articles.filter((a) => !/Korea|Russia|Pyongyang|Moscow|Kremlin/i.test(a.text)).length).toBeGreaterThanOrEqual(3);
  });

  it('covers denials, hedges, intermediaries, ranges and every casualty predicate', () => {
    const facts = articles.flatMap((a) => a.facts);
    expect(facts.filter((f) => f.polarity === 'DENIED').length).toBeGreaterThanOrEqual(5);
    expect(facts.filter((f) => f.hedged).length).toBeGreaterThanOrEqual(5);
    expect(facts.filter((f) => f.intermediary !== null).length).toBeGreaterThanOrEqual(5);
    expect(facts.filter((f) => f.quantity?.upper != null).length).toBeGreaterThanOrEqual(2);
    const predicates = new Set(facts.map((f) => f.predicate));
    for (const p of ['KILLED_IN', 'WOUNDED_IN', 'CAPTURED_BY', 'DEPLOYED_TO', 'SEIZED', 'ATTACKED', 'SUPPORTS', 'PART_OF'] as const) {
      expect(predicates).toContain(p);
    }
  });
});

import { metrics, scoreArticle, scoreSet } from '../../src/evaluation';
import { claim, entity, goldArticle, goldFact } from './factories';

describe('scoreArticle', () => {
  it('counts a claim that states the gold fact as a match with full precision and recall', () => {
    const score = scoreArticle(goldArticle([goldFact()]), { claims: [claim()] });
    expect(score.overall).toMatchObject({ gold: 1, claims: 1, matched: 1 });
    expect(metrics(score.overall)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(score.falsePositives).toEqual([]);
    expect(score.missed).toEqual([]);
    expect(score.wrongDetails).toEqual([]);
  });

  it('matches a subject through any acceptable spelling, ignoring case, "the", diacritics and punctuation', () => {
    const gold = goldArticle([goldFact({ object: ['El Fasher', 'El-Fasher'] })]);
    const c = claim({ subject: entity('the NORTH KOREAN forces'), object: entity('Él Fasher.', 'LOCATION') });
    expect(scoreArticle(gold, { claims: [c] }).overall.matched).toBe(1);
  });

  it('matches through an alias of the claim entity when its name is not among the spellings', () => {
    const c = claim({ subject: entity('Korean People’s Army troops', 'ARMED_FORCE', ['North Korean soldiers']) });
    const gold = goldArticle([goldFact({ subject: ['North Korean soldiers'] })]);
    expect(scoreArticle(gold, { claims: [c] }).overall.matched).toBe(1);
  });

  it('refuses a near miss: another predicate, the other polarity, another object or a missing object', () => {
    const gold = goldArticle([goldFact()]);
    const misses = [
      claim({ predicate: 'CASUALTIES_IN' }),
      claim({ polarity: 'DENIED' }),
      claim({ object: entity('Kherson', 'LOCATION') }),
      claim({ object: null }),
      claim({ subject: entity('Russian troops') }),
    ];
    for (const miss of misses) {
      const score = scoreArticle(gold, { claims: [miss] });
      expect(score.overall.matched).toBe(0);
      expect(score.falsePositives).toHaveLength(1);
      expect(score.falsePositives[0]!.reason).toBe('NO_GOLD_FACT');
      expect(score.missed).toHaveLength(1);
    }
  });

  it('names the gold fact stated in the same place when a claim is a near miss', () => {
    const score = scoreArticle(goldArticle([goldFact()]), { claims: [claim({ predicate: 'CASUALTIES_IN' })] });
    expect(score.falsePositives[0]!.nearFact).toEqual(goldFact());
  });

  it('matches a symmetric relation with its two sides swapped, and no other relation', () => {
    const allied = goldFact({ predicate: 'ALLIED_WITH', subject: ['North Korea'], object: ['Russia'], objectKind: 'COUNTRY', quantity: null });
    const swapped = claim({ predicate: 'ALLIED_WITH', subject: entity('Russia', 'COUNTRY'), object: entity('North Korea', 'COUNTRY'), quantity: null });
    expect(scoreArticle(goldArticle([allied]), { claims: [swapped] }).overall.matched).toBe(1);
    const supports = goldFact({ predicate: 'SUPPORTS', subject: ['North Korea'], object: ['Russia'], objectKind: 'COUNTRY', quantity: null });
    expect(scoreArticle(goldArticle([supports]), { claims: [{ ...swapped, predicate: 'SUPPORTS' }] }).overall.matched).toBe(0);
  });

  it('matches a fact with no object only by a claim with no object', () => {
    const gold = goldArticle([goldFact({ predicate: 'WOUNDED', object: null, objectKind: null, quantity: null })]);
    expect(scoreArticle(gold, { claims: [claim({ predicate: 'WOUNDED', object: null, quantity: null })] }).overall.matched).toBe(1);
    expect(scoreArticle(gold, { claims: [claim({ predicate: 'WOUNDED', quantity: null })] }).overall.matched).toBe(0);
  });

  it('records a wrong quantity, time, reporter, intermediary and hedge on a match without unmatching it', () => {
    const gold = goldArticle([goldFact({ validFrom: '2024-12' })]);
    const c = claim({
      quantity: { value: 300, upper: null, unit: null, qualifier: 'EXACTLY' },
      validFrom: { iso: '2025-01', precision: 'MONTH' },
      reporter: null,
      intermediary: entity('Lee Seong-kweun', 'PERSON'),
      hedged: true,
    });
    const score = scoreArticle(gold, { claims: [c] });
    expect(score.overall.matched).toBe(1);
    expect(score.overall.quantity).toEqual({ correct: 0, total: 1 });
    expect(score.overall.time).toEqual({ correct: 0, total: 1 });
    expect(score.overall.reporter).toEqual({ correct: 0, total: 1 });
    expect(score.overall.intermediary).toEqual({ correct: 0, total: 1 });
    expect(score.overall.hedged).toEqual({ correct: 0, total: 1 });
    expect(score.wrongDetails[0]!.fields).toEqual(['quantity', 'time', 'reporter', 'intermediary', 'hedged']);
  });

  it('accepts a claim that closes a point in time where gold leaves validTo open, but not a wrong end of a range', () => {
    const month = { iso: '2024-12', precision: 'MONTH' as const };
    const point = scoreArticle(goldArticle([goldFact({ validFrom: '2024-12' })]), { claims: [claim({ validFrom: month, validTo: month })] });
    expect(point.overall.time).toEqual({ correct: 1, total: 1 });
    const range = goldArticle([goldFact({ validFrom: '2024-12', validTo: '2025-01' })]);
    expect(scoreArticle(range, { claims: [claim({ validFrom: month, validTo: month })] }).overall.time).toEqual({ correct: 0, total: 1 });
  });

  it('counts null reporter against null reporter as correct attribution', () => {
    const score = scoreArticle(goldArticle([goldFact({ reporter: null })]), { claims: [claim({ reporter: null })] });
    expect(score.overall.reporter).toEqual({ correct: 1, total: 1 });
  });

  it('matches the reporter through the abbreviation gold lists', () => {
    const score = scoreArticle(goldArticle([goldFact()]), { claims: [claim({ reporter: entity('NIS', 'ORGANIZATION') })] });
    expect(score.overall.reporter).toEqual({ correct: 1, total: 1 });
  });

  it('leaves time out of the tally when gold has none, and quantity when neither side has one', () => {
    const gold = goldArticle([goldFact({ quantity: null })]);
    const score = scoreArticle(gold, { claims: [claim({ quantity: null, validFrom: { iso: '2024', precision: 'YEAR' } })] });
    expect(score.overall.time.total).toBe(0);
    expect(score.overall.quantity.total).toBe(0);
  });

  it('counts a claim on a noClaim sentence as a violation and a false positive, even if it states a gold fact', () => {
    const gold = goldArticle([goldFact({ predicate: 'DEPLOYED_TO', object: ['Russia'], quantity: null })]);
    const c = claim({ predicate: 'DEPLOYED_TO', object: entity('Russia', 'COUNTRY'), quantity: null, excerpt: 'North Korea may send more troops.' });
    const score = scoreArticle(gold, { claims: [c] });
    expect(score.overall.noClaimViolations).toBe(1);
    expect(score.overall.matched).toBe(0);
    expect(score.falsePositives[0]).toMatchObject({ reason: 'NO_CLAIM_SENTENCE', noClaimSentence: 'North Korea may send more troops.' });
  });

  it('finds the claim by its excerpt when its offsets are wrong', () => {
    const c = claim({ excerpt: 'North Korea may send more troops.', start: 0, end: 5 });
    expect(scoreArticle(goldArticle([]), { claims: [c] }).overall.noClaimViolations).toBe(1);
  });

  it('matches each claim to one gold fact at most and each fact to one claim', () => {
    const gold = goldArticle([goldFact(), goldFact()]);
    const one = scoreArticle(gold, { claims: [claim()] });
    expect(one.overall).toMatchObject({ gold: 2, claims: 1, matched: 1 });
    expect(one.missed).toHaveLength(1);
    const three = scoreArticle(goldArticle([goldFact()]), { claims: [claim(), claim(), claim()] });
    expect(three.overall).toMatchObject({ gold: 1, claims: 3, matched: 1 });
    expect(three.falsePositives).toHaveLength(2);
  });

  it('gives each fact the claim that fits it best, not the first that matches', () => {
    const wounded = 'Some 2,700 were wounded there.';
    const gold = goldArticle([
      goldFact({ quantity: { value: 300, upper: null, qualifier: 'APPROXIMATELY' } }),
      goldFact({ quantity: { value: 2700, upper: null, qualifier: 'APPROXIMATELY' }, excerpt: wounded }),
    ]);
    const claims = [
      claim({ quantity: { value: 2700, upper: null, unit: null, qualifier: 'APPROXIMATELY' }, excerpt: wounded }),
      claim(),
    ];
    const score = scoreArticle(gold, { claims });
    expect(score.matches.map((m) => [m.factIndex, m.claimIndex])).toEqual([[0, 1], [1, 0]]);
    expect(score.overall.quantity).toEqual({ correct: 2, total: 2 });
  });

  it('scores per predicate', () => {
    const gold = goldArticle([goldFact(), goldFact({ predicate: 'WOUNDED_IN', excerpt: 'Some 2,700 were wounded there.' })]);
    const score = scoreArticle(gold, { claims: [claim(), claim({ predicate: 'ATTACKED' })] });
    expect(score.byPredicate.KILLED_IN).toMatchObject({ gold: 1, claims: 1, matched: 1 });
    expect(score.byPredicate.WOUNDED_IN).toMatchObject({ gold: 1, claims: 0, matched: 0 });
    expect(score.byPredicate.ATTACKED).toMatchObject({ gold: 0, claims: 1, matched: 0 });
    expect(metrics(score.overall)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});

describe('scoreSet', () => {
  it('adds counts up across articles and keeps every false positive and miss', () => {
    const a = scoreArticle(goldArticle([goldFact()]), { claims: [claim()] });
    const b = scoreArticle(goldArticle([goldFact()], { id: '02-test' }), { claims: [claim({ predicate: 'ATTACKED' })] });
    const set = scoreSet([a, b]);
    expect(set.articles).toBe(2);
    expect(set.overall).toMatchObject({ gold: 2, claims: 2, matched: 1 });
    expect(set.byPredicate.KILLED_IN).toMatchObject({ gold: 2, claims: 1, matched: 1 });
    expect(set.missed.map((m) => m.articleId)).toEqual(['02-test']);
    expect(set.falsePositives.map((f) => f.articleId)).toEqual(['02-test']);
  });

  it('reports no precision or recall rather than dividing by zero', () => {
    expect(metrics(scoreSet([]).overall)).toEqual({ precision: null, recall: null, f1: null });
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims, splitSentences, type ExtractedClaim, type Extraction } from '../../src/ingest/extractionRules';
import { projectRoot, type PartialDate } from '../../src/support';

/**
 * The extraction rules, one behaviour per sentence, against the header comment of
 * src/ingest/extractionRules.ts. Tests marked `it.failing` state documented behaviour the code does
 * not have (yet): they pass while the code disagrees with its documentation.
 */

const PUBLISHED: PartialDate = { iso: '2024-12-27', precision: 'DAY' };

/** Extracts, and checks for every claim that its excerpt is the text between its offsets. */
function extract(text: string, publishedAt: PartialDate | null = PUBLISHED): Extraction {
  const result = extractClaims(text, publishedAt);
  for (const claim of result.claims) {
    expect(claim.excerpt).toBe(text.slice(claim.start, claim.end));
  }
  return result;
}

/** What a claim says, flattened to names, for one-line expectations. */
function facts(claim: ExtractedClaim) {
  return {
    subject: claim.subject.name,
    predicate: claim.predicate,
    object: claim.object?.name ?? null,
    quantity: claim.quantity,
    validFrom: claim.validFrom,
    attribution: claim.attribution,
    reporter: claim.reporter?.name ?? null,
    polarity: claim.polarity,
    credibility: claim.credibility,
  };
}

/** The article's own voice, asserted, with nothing else set. */
const OWN_VOICE = { quantity: null, validFrom: null, attribution: 'SOURCE', reporter: null, polarity: 'ASSERTED', credibility: 2 } as const;

function only(result: Extraction, predicate: ExtractedClaim['predicate']): ExtractedClaim {
  const matching = result.claims.filter((c) => c.predicate === predicate);
  expect(matching).toHaveLength(1);
  return matching[0] as ExtractedClaim;
}

describe('splitSentences', () => {
  it('keeps each sentence at its offsets across newlines and runs of spaces', () => {
    const text = '  North Korea sent troops.   Ukraine captured one!\n\nWas it true?\r\n   Nobody knows';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['North Korea sent troops.', 'Ukraine captured one!', 'Was it true?', 'Nobody knows']);
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('gives nothing for blank text', () => {
    expect(splitSentences(' \n \n  ')).toEqual([]);
  });

  it('gives every claim of a multi-sentence text the offsets of its own sentence', () => {
    const text = 'North Korea has sent 10,000 troops to Russia.  Ukrainian forces captured a North Korean soldier. \n The capture of a North Korean soldier by Ukrainian forces.';
    const { claims } = extract(text);
    expect(claims.map((c) => c.excerpt)).toEqual([
      'North Korea has sent 10,000 troops to Russia.',
      'Ukrainian forces captured a North Korean soldier.',
      'The capture of a North Korean soldier by Ukrainian forces.',
    ]);
  });
});

describe('capture', () => {
  it('finds a capture and the captive\'s wound', () => {
    const text = 'Ukrainian forces captured an injured North Korean soldier.';
    const { claims, warnings } = extract(text);
    expect(claims.map(facts)).toEqual([
      { ...OWN_VOICE, subject: 'Captured North Korean soldier', predicate: 'CAPTURED_BY', object: 'Ukrainian forces' },
      { ...OWN_VOICE, subject: 'Captured North Korean soldier', predicate: 'WOUNDED', object: null },
    ]);
    expect(claims[0]?.subject.kind).toBe('PERSON');
    expect(claims[0]?.object?.kind).toBe('ARMED_FORCE');
    expect(claims.map((c) => [c.start, c.end, c.excerpt])).toEqual([
      [0, text.length, text],
      [0, text.length, text],
    ]);
    expect(warnings).toEqual([]);
  });

  it('finds a wound for a "wounded" captive too', () => {
    const { claims } = extract('Ukrainian troops captured a wounded North Korean soldier.');
    expect(claims.map((c) => [c.predicate, c.object?.name ?? null])).toEqual([
      ['CAPTURED_BY', 'Ukrainian troops'],
      ['WOUNDED', null],
    ]);
  });

  it('finds a capture and no wound when the captive is not said to be injured', () => {
    const { claims } = extract('Ukrainian forces captured a North Korean soldier.');
    expect(claims.map(facts)).toEqual([
      { ...OWN_VOICE, subject: 'Captured North Korean soldier', predicate: 'CAPTURED_BY', object: 'Ukrainian forces' },
    ]);
  });

  it('finds a capture, and only a capture, in "the capture of a <demonym> soldier by <force>"', () => {
    const { claims } = extract('The capture of a North Korean soldier by Ukrainian forces highlights the entanglement.');
    expect(claims.map(facts)).toEqual([
      { ...OWN_VOICE, subject: 'Captured North Korean soldier', predicate: 'CAPTURED_BY', object: 'Ukrainian forces' },
    ]);
  });

  it('finds the wound in "the capture of an injured <demonym> soldier by <force>"', () => {
    const { claims } = extract('The capture of an injured North Korean soldier by Ukrainian forces was confirmed.');
    expect(claims.map((c) => c.predicate)).toEqual(['CAPTURED_BY', 'WOUNDED']);
  });
});

describe('deployment', () => {
  it('finds an active deployment with its quantity and the deploying country\'s troops', () => {
    const { claims } = extract('North Korea has sent over 10,000 troops to Russia.');
    expect(claims.map(facts)).toEqual([
      {
        ...OWN_VOICE,
        subject: 'North Korean troops',
        predicate: 'DEPLOYED_TO',
        object: 'Russia',
        quantity: { value: 10000, unit: 'troops', qualifier: 'AT_LEAST' },
      },
    ]);
    expect(claims[0]?.subject.kind).toBe('ARMED_FORCE');
    expect(claims[0]?.object?.kind).toBe('COUNTRY');
  });

  it.each([
    ['over', 'AT_LEAST'],
    ['more than', 'AT_LEAST'],
    ['at least', 'AT_LEAST'],
    ['about', 'APPROXIMATELY'],
    ['around', 'APPROXIMATELY'],
    ['approximately', 'APPROXIMATELY'],
    ['nearly', 'APPROXIMATELY'],
    ['some', 'APPROXIMATELY'],
    ['up to', 'AT_MOST'],
    ['at most', 'AT_MOST'],
  ])('reads "%s" in an active deployment as %s', (word, qualifier) => {
    const claim = only(extract(`North Korea has deployed ${word} 12,000 soldiers to Russia.`), 'DEPLOYED_TO');
    expect(claim.quantity).toEqual({ value: 12000, unit: 'soldiers', qualifier });
  });

  it('reads a bare number in an active deployment as EXACTLY', () => {
    const claim = only(extract('North Korea has dispatched 1,500 troops to Russia.'), 'DEPLOYED_TO');
    expect(claim.quantity).toEqual({ value: 1500, unit: 'troops', qualifier: 'EXACTLY' });
  });

  it('reads numbers with several thousands separators, and numbers without any', () => {
    expect(only(extract('North Korea has committed up to 1,000,000 troops to Russia.'), 'DEPLOYED_TO').quantity).toEqual({
      value: 1000000,
      unit: 'troops',
      qualifier: 'AT_MOST',
    });
    expect(only(extract('North Korea has sent 12000 troops to Russia.'), 'DEPLOYED_TO').quantity).toEqual({
      value: 12000,
      unit: 'troops',
      qualifier: 'EXACTLY',
    });
  });

  it('finds a deployment without a quantity', () => {
    const claim = only(extract('North Korea has sent troops to Russia.'), 'DEPLOYED_TO');
    expect(facts(claim)).toEqual({ ...OWN_VOICE, subject: 'North Korean troops', predicate: 'DEPLOYED_TO', object: 'Russia' });
  });

  it('resolves "to assist <demonym> operations" to the demonym\'s country', () => {
    const claim = only(extract('North Korea has dispatched over 10,000 soldiers to assist Russian operations.'), 'DEPLOYED_TO');
    expect(facts(claim)).toEqual({
      ...OWN_VOICE,
      subject: 'North Korean troops',
      predicate: 'DEPLOYED_TO',
      object: 'Russia',
      quantity: { value: 10000, unit: 'soldiers', qualifier: 'AT_LEAST' },
    });
  });

  it('resolves a capital used for its state as the deploying country', () => {
    const claim = only(extract('Pyongyang has sent 10,000 troops to Russia.'), 'DEPLOYED_TO');
    expect([claim.subject.name, claim.object?.name]).toEqual(['North Korean troops', 'Russia']);
  });

  it('finds a passive deployment with its quantity', () => {
    const { claims } = extract('More than 10,000 North Korean troops have been deployed to Russia.');
    expect(claims.map(facts)).toEqual([
      {
        ...OWN_VOICE,
        subject: 'North Korean troops',
        predicate: 'DEPLOYED_TO',
        object: 'Russia',
        quantity: { value: 10000, unit: 'troops', qualifier: 'AT_LEAST' },
      },
    ]);
  });

  it.each([
    ['Over', 'AT_LEAST'],
    ['More than', 'AT_LEAST'],
    ['At least', 'AT_LEAST'],
    ['About', 'APPROXIMATELY'],
    ['Around', 'APPROXIMATELY'],
    ['Approximately', 'APPROXIMATELY'],
    ['Nearly', 'APPROXIMATELY'],
    ['Some', 'APPROXIMATELY'],
    ['Up to', 'AT_MOST'],
    ['At most', 'AT_MOST'],
  ])('reads "%s" opening a passive deployment as %s', (word, qualifier) => {
    const claim = only(extract(`${word} 11,500 North Korean soldiers have been sent to Russia.`), 'DEPLOYED_TO');
    expect(claim.subject.name).toBe('North Korean troops');
    expect(claim.quantity).toEqual({ value: 11500, unit: 'soldiers', qualifier });
  });

  // Documented: "<qty> <demonym> troops have been deployed|sent to <country>", demonyms from the
  // gazetteer. "Thai" is in the gazetteer as an ALIAS of Thailand, not as its DEMONYM, so the
  // sentence gives no claim and a "matches no rule" warning.
  it('finds a passive deployment of "Thai troops"', () => {
    const { claims, warnings } = extract('50 Thai troops have been deployed to Ukraine.');
    expect(claims.map(facts)).toEqual([
      {
        ...OWN_VOICE,
        subject: 'Thai troops',
        predicate: 'DEPLOYED_TO',
        object: 'Ukraine',
        quantity: { value: 50, unit: 'troops', qualifier: 'EXACTLY' },
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads a bare number opening a passive deployment as EXACTLY', () => {
    const claim = only(extract('10,000 North Korean troops have been deployed to Russia.'), 'DEPLOYED_TO');
    expect(claim.quantity).toEqual({ value: 10000, unit: 'troops', qualifier: 'EXACTLY' });
  });
});

describe('"since <Month>"', () => {
  const SENTENCE = 'Since December, North Korea has dispatched over 10,000 soldiers to assist Russian operations.';

  it('resolves December against a January publication date to December of the year before, at MONTH precision', () => {
    const { claims, warnings } = extract(SENTENCE, { iso: '2025-01-10', precision: 'DAY' });
    expect(only({ claims, warnings }, 'DEPLOYED_TO').validFrom).toEqual({ iso: '2024-12', precision: 'MONTH' });
    expect(warnings).toEqual([]);
  });

  it('resolves December against a December publication date to that same month', () => {
    const { claims, warnings } = extract(SENTENCE, { iso: '2024-12-27', precision: 'DAY' });
    expect(only({ claims, warnings }, 'DEPLOYED_TO').validFrom).toEqual({ iso: '2024-12', precision: 'MONTH' });
    expect(warnings).toEqual([]);
  });

  it('resolves against a publication date known only to the month', () => {
    const claim = only(extract(SENTENCE, { iso: '2025-01', precision: 'MONTH' }), 'DEPLOYED_TO');
    expect(claim.validFrom).toEqual({ iso: '2024-12', precision: 'MONTH' });
  });

  it.each([
    ['no publication date', null],
    ['a publication date known only to the year', { iso: '2024', precision: 'YEAR' } as PartialDate],
  ])('leaves validFrom unset and warns once with %s', (_what, publishedAt) => {
    const { claims, warnings } = extract(SENTENCE, publishedAt);
    const claim = only({ claims, warnings }, 'DEPLOYED_TO');
    expect(claim.validFrom).toBeNull();
    expect(claim.quantity).toEqual({ value: 10000, unit: 'soldiers', qualifier: 'AT_LEAST' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"since December"');
    expect(warnings[0]).toContain('not resolved');
  });

  it('dates a deployment mentioned later in the sentence ("since December, when North Korea committed troops")', () => {
    const claim = only(
      extract('This soldier is the first taken since December, when North Korea committed troops to support Russia.'),
      'DEPLOYED_TO',
    );
    expect(facts(claim)).toEqual({
      ...OWN_VOICE,
      subject: 'North Korean troops',
      predicate: 'DEPLOYED_TO',
      object: 'Russia',
      validFrom: { iso: '2024-12', precision: 'MONTH' },
    });
  });
});

describe('support', () => {
  it('finds troops supporting a country, through a curly possessive', () => {
    const text = 'Over 10,000 North Korean troops have contributed to Russia’s military efforts.';
    const { claims } = extract(text);
    expect(claims.map(facts)).toEqual([
      {
        ...OWN_VOICE,
        subject: 'North Korean troops',
        predicate: 'SUPPORTS',
        object: 'Russia',
        quantity: { value: 10000, unit: 'troops', qualifier: 'AT_LEAST' },
      },
    ]);
    expect(claims[0]?.excerpt).toBe(text);
  });
});

describe('casualties', () => {
  it('finds casualties in "the Kursk area", and fighting there when the sentence says "fighting in"', () => {
    const { claims } = extract('Reports suggest that over 3,000 North Korean troops have suffered casualties while fighting in the Kursk area.');
    const unattributed = { attribution: 'UNATTRIBUTED', reporter: null, polarity: 'ASSERTED', credibility: 3, validFrom: null } as const;
    expect(claims.map(facts)).toEqual([
      {
        ...unattributed,
        subject: 'North Korean troops',
        predicate: 'CASUALTIES_IN',
        object: 'Kursk',
        quantity: { value: 3000, unit: 'casualties', qualifier: 'AT_LEAST' },
      },
      { ...unattributed, subject: 'North Korean troops', predicate: 'FIGHTS_IN', object: 'Kursk', quantity: null },
    ]);
    expect(claims[0]?.object).toEqual({ kind: 'LOCATION', name: 'Kursk', aliases: [{ name: 'Kursk area', kind: 'ALIAS' }] });
    expect(claims[1]?.object).toEqual(claims[0]?.object);
  });

  it('finds casualties in a place without fighting when the sentence does not say "fighting in"', () => {
    const { claims } = extract('By December about 3,000 North Korean soldiers had been killed in the Kursk region.');
    expect(claims.map(facts)).toEqual([
      {
        ...OWN_VOICE,
        subject: 'North Korean troops',
        predicate: 'CASUALTIES_IN',
        object: 'Kursk',
        quantity: { value: 3000, unit: 'casualties', qualifier: 'APPROXIMATELY' },
      },
    ]);
    expect(claims[0]?.object?.aliases).toEqual([{ name: 'Kursk region', kind: 'ALIAS' }]);
  });

  it('names "<demonym> military personnel" "<demonym> troops"', () => {
    const claim = only(extract('3,000 North Korean military personnel have been killed or wounded in the Kursk area.'), 'CASUALTIES_IN');
    expect([claim.subject.name, claim.object?.name]).toEqual(['North Korean troops', 'Kursk']);
    expect(claim.quantity).toEqual({ value: 3000, unit: 'casualties', qualifier: 'EXACTLY' });
  });

  it('finds "casualties among North Korean troops" with no place', () => {
    const { claims } = extract('The ongoing conflict has resulted in numerous casualties among North Korean troops.');
    expect(claims.map(facts)).toEqual([{ ...OWN_VOICE, subject: 'North Korean troops', predicate: 'CASUALTIES_IN', object: null }]);
  });

  it('finds "casualties among North Korean soldiers" with no place', () => {
    const { claims } = extract('With escalating casualties among North Korean soldiers, the situation needs examination.');
    expect(claims.map(facts)).toEqual([{ ...OWN_VOICE, subject: 'North Korean troops', predicate: 'CASUALTIES_IN', object: null }]);
  });

  // Documented: "over" → AT_LEAST. The casualty rule is case-sensitive, so a capitalised qualifier
  // opening the sentence is skipped and the number reads as EXACTLY.
  it('reads "Over" opening a casualty sentence as AT_LEAST', () => {
    const claim = only(extract('Over 3,000 North Korean troops have suffered casualties in the Kursk area.'), 'CASUALTIES_IN');
    expect(claim.quantity).toEqual({ value: 3000, unit: 'casualties', qualifier: 'AT_LEAST' });
  });

  // Documented: "<demonym> forces" is named so. The casualty rules always name the force "<demonym> troops".
  it('keeps the name "<demonym> forces" for casualties of forces', () => {
    const claim = only(extract('Over 3,000 North Korean forces have suffered casualties in the Kursk area.'), 'CASUALTIES_IN');
    expect(claim.subject.name).toBe('North Korean forces');
  });

  // Documented: "casualties among <demonym> troops". The rule is case-sensitive, so a sentence that
  // opens with "Casualties among" gives nothing.
  it('finds "Casualties among North Korean troops" opening a sentence', () => {
    const { claims } = extract('Casualties among North Korean troops are rising.');
    expect(claims.map(facts)).toEqual([{ ...OWN_VOICE, subject: 'North Korean troops', predicate: 'CASUALTIES_IN', object: null }]);
  });
});

describe('alliance and war', () => {
  it('finds an alliance from "collaboration between Moscow and Pyongyang", the capitals standing for their states, in name order', () => {
    const { claims, warnings } = extract('This underlines the collaboration between Moscow and Pyongyang.');
    expect(claims.map(facts)).toEqual([{ ...OWN_VOICE, subject: 'North Korea', predicate: 'ALLIED_WITH', object: 'Russia' }]);
    expect(claims[0]?.subject.kind).toBe('COUNTRY');
    expect(claims[0]?.object?.kind).toBe('COUNTRY');
    expect(warnings).toEqual([]);
  });

  it.each(['partnership between Russia and North Korea', 'alliance between North Korea and Russia', 'cooperation between Moscow and North Korea'])(
    'orders the two sides by name whichever way round the text has them: "%s"',
    (phrase) => {
      const claim = only(extract(`They spoke of the ${phrase}.`), 'ALLIED_WITH');
      expect([claim.subject.name, claim.object?.name]).toEqual(['North Korea', 'Russia']);
    },
  );

  // Documented: "collaboration|partnership|alliance|cooperation between <country> and <country>". The
  // rule is case-sensitive, so a sentence opening with the word gives a "matches no rule" warning instead.
  it('finds an alliance in a sentence that opens with "Collaboration between"', () => {
    const { claims, warnings } = extract('Collaboration between Moscow and Pyongyang is growing.');
    expect(claims.map(facts)).toEqual([{ ...OWN_VOICE, subject: 'North Korea', predicate: 'ALLIED_WITH', object: 'Russia' }]);
    expect(warnings).toEqual([]);
  });

  it('finds a war from "the Russia-Ukraine conflict"', () => {
    const { claims } = extract('The involvement of North Korean forces in the Russia-Ukraine conflict underscores the risks.');
    expect(claims.map(facts)).toEqual([{ ...OWN_VOICE, subject: 'Russia', predicate: 'AT_WAR_WITH', object: 'Ukraine' }]);
  });

  it('orders the sides of "the Ukraine-Russia war" by name', () => {
    const claim = only(extract('Analysts watch the Ukraine-Russia war.'), 'AT_WAR_WITH');
    expect([claim.subject.name, claim.object?.name]).toEqual(['Russia', 'Ukraine']);
  });
});

describe('attribution', () => {
  it('makes the agency in "according to South Korea\'s intelligence agency" the reporter', () => {
    const { claims } = extract('Ukrainian forces captured a North Korean soldier, according to South Korea\'s intelligence agency.');
    expect(claims.map(facts)).toEqual([
      {
        ...OWN_VOICE,
        subject: 'Captured North Korean soldier',
        predicate: 'CAPTURED_BY',
        object: 'Ukrainian forces',
        attribution: 'REPORTER',
        reporter: "South Korea's intelligence agency",
      },
    ]);
    expect(claims[0]?.reporter?.kind).toBe('ORGANIZATION');
  });

  it('reads the reporter behind a curly apostrophe with a straight one, and keeps the excerpt as written', () => {
    const text = 'Ukrainian forces captured an injured North Korean soldier, according to South Korea’s intelligence agency.';
    const { claims } = extract(text);
    expect(claims.map((c) => [c.predicate, c.attribution, c.reporter?.name, c.credibility])).toEqual([
      ['CAPTURED_BY', 'REPORTER', "South Korea's intelligence agency", 2],
      ['WOUNDED', 'REPORTER', "South Korea's intelligence agency", 2],
    ]);
    for (const claim of claims) {
      expect(claim.excerpt).toBe(text);
      expect(claim.excerpt).toContain('South Korea’s');
    }
  });

  it('makes X the reporter in "X said"', () => {
    const { claims } = extract("Ukraine's military said that North Korea has sent 11,000 troops to Russia.");
    expect(claims.map(facts)).toEqual([
      {
        ...OWN_VOICE,
        subject: 'North Korean troops',
        predicate: 'DEPLOYED_TO',
        object: 'Russia',
        quantity: { value: 11000, unit: 'troops', qualifier: 'EXACTLY' },
        attribution: 'REPORTER',
        reporter: "Ukraine's military",
      },
    ]);
  });

  it('reads a curly apostrophe in "X said" as a straight one', () => {
    const claim = only(extract('South Korea’s intelligence agency said that North Korea has sent 10,000 troops to Russia.'), 'DEPLOYED_TO');
    expect([claim.attribution, claim.reporter?.name]).toEqual(['REPORTER', "South Korea's intelligence agency"]);
  });

  it('makes "Reports suggest" unattributed, with credibility 3', () => {
    const { claims } = extract('Reports suggest that North Korea has sent 10,000 troops to Russia.');
    expect(claims.map(facts)).toEqual([
      {
        subject: 'North Korean troops',
        predicate: 'DEPLOYED_TO',
        object: 'Russia',
        quantity: { value: 10000, unit: 'troops', qualifier: 'EXACTLY' },
        validFrom: null,
        attribution: 'UNATTRIBUTED',
        reporter: null,
        polarity: 'ASSERTED',
        credibility: 3,
      },
    ]);
  });

  it.each([
    'Reportedly, North Korea has sent 10,000 troops to Russia.',
    'It is reported that North Korea has sent 10,000 troops to Russia.',
    'This soldier is reported to be the first taken since North Korea committed troops to support Russia.',
  ])('makes "%s" unattributed, with credibility 3', (text) => {
    const claim = only(extract(text), 'DEPLOYED_TO');
    expect([claim.attribution, claim.reporter, claim.credibility]).toEqual(['UNATTRIBUTED', null, 3]);
  });

  it('gives the article\'s own voice SOURCE attribution, no reporter and credibility 2', () => {
    const claim = only(extract('North Korea has sent 10,000 troops to Russia.'), 'DEPLOYED_TO');
    expect([claim.attribution, claim.reporter, claim.polarity, claim.credibility]).toEqual(['SOURCE', null, 'ASSERTED', 2]);
  });
});

describe('denial', () => {
  it('makes the claims of "X denied that …" DENIED, reported by X', () => {
    const { claims } = extract("Russia's defence ministry denied that North Korea has sent troops to Russia.");
    expect(claims.map(facts)).toEqual([
      {
        ...OWN_VOICE,
        subject: 'North Korean troops',
        predicate: 'DEPLOYED_TO',
        object: 'Russia',
        attribution: 'REPORTER',
        reporter: "Russia's defence ministry",
        polarity: 'DENIED',
      },
    ]);
    expect(claims[0]?.reporter?.kind).toBe('ORGANIZATION');
  });

  it('reads the denier behind a curly apostrophe with a straight one', () => {
    const claim = only(extract('Russia’s defence ministry denied that North Korea has sent troops to Russia.'), 'DEPLOYED_TO');
    expect([claim.polarity, claim.reporter?.name]).toEqual(['DENIED', "Russia's defence ministry"]);
  });
});

describe('precision', () => {
  it('extracts nothing from a sentence naming two countries under no rule, and warns once naming both', () => {
    const text = 'North Korea and Russia held talks.';
    const { claims, warnings } = extract(text);
    expect(claims).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('North Korea and Russia');
    expect(warnings[0]).toContain('matches no rule');
    expect(warnings[0]).toContain(text);
  });

  it('counts a demonym and a capital as the countries they stand for', () => {
    const { claims, warnings } = extract('North Korean diplomats visited Moscow.');
    expect(claims).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('North Korea and Russia');
  });

  it('neither extracts nor warns for a sentence naming one country under no rule', () => {
    expect(extract('Russia held talks.')).toEqual({ claims: [], warnings: [] });
  });

  it('warns only for the sentence that matches no rule', () => {
    const text = 'North Korea has sent 10,000 troops to Russia. North Korea and Russia held talks. Russia held talks.';
    const { claims, warnings } = extract(text);
    expect(claims.map((c) => c.predicate)).toEqual(['DEPLOYED_TO']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`at ${text.indexOf('North Korea and')}-`);
  });
});

describe('the seed article', () => {
  const article = readFileSync(path.join(projectRoot, 'data', 'seed', 'article-north-korean-soldier-captured.txt'), 'utf8');
  let result: Extraction;
  beforeAll(() => {
    result = extractClaims(article, PUBLISHED);
  });

  it('gives every claim an excerpt equal to the text between its offsets', () => {
    expect(result.claims.length).toBeGreaterThan(0);
    for (const claim of result.claims) {
      expect(claim.excerpt).toBe(article.slice(claim.start, claim.end));
    }
  });

  it('finds the capture by Ukrainian forces, attributed to South Korea\'s intelligence agency, and the captive\'s wound', () => {
    const attributed = result.claims.filter((c) => c.reporter?.name === "South Korea's intelligence agency");
    expect(attributed.map(facts)).toEqual([
      {
        ...OWN_VOICE,
        subject: 'Captured North Korean soldier',
        predicate: 'CAPTURED_BY',
        object: 'Ukrainian forces',
        attribution: 'REPORTER',
        reporter: "South Korea's intelligence agency",
      },
      {
        ...OWN_VOICE,
        subject: 'Captured North Korean soldier',
        predicate: 'WOUNDED',
        object: null,
        attribution: 'REPORTER',
        reporter: "South Korea's intelligence agency",
      },
    ]);
    expect(attributed[0]?.excerpt).toContain('according to South Korea’s intelligence agency');
  });

  it('finds the deployment of at least 10,000 to Russia since 2024-12', () => {
    const deployments = result.claims.filter((c) => c.predicate === 'DEPLOYED_TO' && c.quantity !== null);
    expect(deployments.map(facts)).toEqual([
      {
        ...OWN_VOICE,
        subject: 'North Korean troops',
        predicate: 'DEPLOYED_TO',
        object: 'Russia',
        quantity: { value: 10000, unit: 'soldiers', qualifier: 'AT_LEAST' },
        validFrom: { iso: '2024-12', precision: 'MONTH' },
      },
    ]);
  });

  it('finds casualties of at least 3,000 in Kursk, unattributed', () => {
    const inKursk = result.claims.filter((c) => c.predicate === 'CASUALTIES_IN' && c.object !== null);
    expect(inKursk.map(facts)).toEqual([
      {
        subject: 'North Korean troops',
        predicate: 'CASUALTIES_IN',
        object: 'Kursk',
        quantity: { value: 3000, unit: 'casualties', qualifier: 'AT_LEAST' },
        validFrom: null,
        attribution: 'UNATTRIBUTED',
        reporter: null,
        polarity: 'ASSERTED',
        credibility: 3,
      },
    ]);
  });

  it('finds the alliance of North Korea and Russia and the war of Russia and Ukraine', () => {
    const pairs = result.claims
      .filter((c) => c.predicate === 'ALLIED_WITH' || c.predicate === 'AT_WAR_WITH')
      .map((c) => [c.subject.name, c.predicate, c.object?.name]);
    expect(pairs).toEqual([
      ['North Korea', 'ALLIED_WITH', 'Russia'],
      ['Russia', 'AT_WAR_WITH', 'Ukraine'],
    ]);
  });

  it('asserts every claim and leaves nothing to warn about', () => {
    expect(result.claims.length).toBeGreaterThan(0);
    expect(result.claims.every((c) => c.polarity === 'ASSERTED')).toBe(true);
    expect(result.warnings).toEqual([]);
  });
});

import path from 'node:path';
import { evaluateExtractor, metrics, readGoldFiles } from '../../src/evaluation';
import { extractClaims } from '../../src/extract';

/**
 * A REGRESSION FLOOR, not the target. The target for the development gold set
 * (tests/fixtures/extraction/) is precision ≥ 0.90 and recall ≥ 0.75; the extractor reaches the
 * precision but not the recall yet (docs/extraction.md, "Evaluation"). These figures are what it
 * reached when this floor was set, less a small margin, so that a change that loses facts, makes
 * wrong claims or claims from a sentence that must yield nothing fails here. Raise them as the
 * extractor improves; replace them by 0.90 and 0.75 once it gets there.
 */
// Measured 2026-11-29 (npm run eval:extraction): precision 0.964, recall 0.724, reporter 0.786.
const FLOOR = { precision: 0.95, recall: 0.7, reporter: 0.77 };

const FOLDER = path.join(__dirname, '..', 'fixtures', 'extraction');

describe('the extractor on the development gold set (regression floor, not the target)', () => {
  const { articles } = readGoldFiles([FOLDER]);
  const { score, errors } = evaluateExtractor(
    articles.map((f) => f.article),
    extractClaims,
  );
  const overall = metrics(score.overall);

  it('reads every article without throwing', () => {
    expect(errors).toEqual([]);
  });

  it(`keeps precision at ${FLOOR.precision} or above and makes no claim from a noClaim sentence`, () => {
    expect(overall.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(score.overall.noClaimViolations).toBe(0);
  });

  it(`keeps recall at ${FLOOR.recall} or above`, () => {
    expect(overall.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });

  it(`names the gold's reporter for at least ${FLOOR.reporter} of the matched facts`, () => {
    expect(score.overall.reporter.correct / score.overall.reporter.total).toBeGreaterThanOrEqual(FLOOR.reporter);
  });
});

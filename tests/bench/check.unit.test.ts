import { compareDbHits } from '../../bench/check';

const hits = (total: number) => ({ total, queries: { '1:statement': total } });

/** bench:check: the snapshot holds every query, ours and the floor over HTTP's, to 10% growth. */
describe('compareDbHits', () => {
  it('passes growth up to 10% and fails beyond it, naming the statement', () => {
    expect(compareDbHits({ Q1: hits(1000) }, { Q1: hits(1100) }).failures).toEqual([]);
    const { failures } = compareDbHits({ 'Q1 floor over HTTP': hits(1000) }, { 'Q1 floor over HTTP': hits(1101) });
    expect(failures).toEqual(['Q1 floor over HTTP: 1101 db hits, snapshot 1000 (+10.1%): 1:statement 1101 (was 1000)']);
  });

  it('fails for a query the snapshot has but the run no longer profiles, and only reports a new one', () => {
    const result = compareDbHits({ Q6c: hits(10) }, { Q1: hits(5) });
    expect(result.failures).toEqual(['Q6c: in the snapshot but no longer profiled']);
    expect(result.lines).toEqual(['Q1: 5 db hits (not in the snapshot)']);
  });
});

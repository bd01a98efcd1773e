import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runEvalExtraction, type EvalIo, type Extractor } from '../../src/evaluation';
import { claim, goldArticle, goldFact } from './factories';

function recordingIo(): EvalIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (t: string) => { io.stdout += t; }, err: (t: string) => { io.stderr += t; } };
  return io;
}

describe('runEvalExtraction', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'eval-extraction-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, value: unknown) => writeFileSync(path.join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));

  it('runs the extractor on each article with its text and publication date, and prints the table', () => {
    write('01-test.json', goldArticle([goldFact()]));
    const calls: unknown[][] = [];
    const extract: Extractor = (text, publishedAt) => {
      calls.push([text.length, publishedAt]);
      return { claims: [claim()] };
    };
    const io = recordingIo();
    expect(runEvalExtraction([dir], extract, io)).toBe(0);
    expect(calls).toEqual([[goldArticle([]).text.length, { iso: '2025-01-13', precision: 'DAY' }]]);
    expect(io.stdout).toMatch(/KILLED_IN\s+100\.0%\s+100\.0%\s+100\.0%\s+1\s+1\s+1\s+0/);
    expect(io.stdout).toContain('attribution (reporter) accuracy: 100.0% (1/1)');
    expect(io.stdout).toContain('Missed gold facts (0)');
    expect(io.stderr).toBe('');
  });

  it('reports a bad file with its name and field, and scores the rest', () => {
    write('01-test.json', goldArticle([goldFact()]));
    const bad = goldArticle([goldFact(), goldFact(), goldFact(), goldFact({ predicate: 'KILLS' as never })], { id: '02-bad' });
    write('02-bad.json', bad);
    write('03-broken.json', '{ not json');
    const io = recordingIo();
    expect(runEvalExtraction([dir], () => ({ claims: [] }), io)).toBe(0);
    expect(io.stderr).toMatch(/^02-bad\.json: facts\[3\]\.predicate: expected one of DEPLOYED_TO, .*, but got "KILLS"$/m);
    expect(io.stderr).toMatch(/^03-broken\.json: expected a JSON file, but got /m);
    expect(io.stdout).toContain('Extraction scored against 1 gold article(s)');
  });

  it('exits 2 when no article could be read', () => {
    write('01-broken.json', '[]');
    const io = recordingIo();
    expect(runEvalExtraction([dir], () => ({ claims: [] }), io)).toBe(2);
    expect(runEvalExtraction([path.join(dir, 'missing.json')], () => ({ claims: [] }), io)).toBe(2);
    expect(io.stderr).toContain('no gold article could be read');
  });

  it('prints the score as JSON with --json, and keeps going when the extractor throws', () => {
    write('01-test.json', goldArticle([goldFact()]));
    const io = recordingIo();
    const code = runEvalExtraction([path.join(dir, '01-test.json'), '--json'], () => { throw new Error('boom'); }, io);
    expect(code).toBe(0);
    expect(JSON.parse(io.stdout).overall).toMatchObject({ gold: 1, claims: 0, matched: 0 });
    expect(io.stderr).toContain('01-test: extractor threw: boom');
  });

  it('lists at most 40 misses unless --verbose', () => {
    const facts = Array.from({ length: 45 }, () => goldFact());
    write('01-test.json', goldArticle(facts));
    const io = recordingIo();
    runEvalExtraction([dir], () => ({ claims: [] }), io);
    expect(io.stdout).toContain('Missed gold facts (45, first 40 shown; --verbose for all)');
    const verbose = recordingIo();
    runEvalExtraction([dir, '--verbose'], () => ({ claims: [] }), verbose);
    expect(verbose.stdout.match(/facts\[\d+\]/g)).toHaveLength(45);
  });

  it('refuses an unknown option', () => {
    const io = recordingIo();
    expect(runEvalExtraction(['--jsno'], () => ({ claims: [] }), io)).toBe(2);
    expect(io.stderr).toMatch(/^--jsno: expected --json or --verbose, but got an unknown option/);
  });
});

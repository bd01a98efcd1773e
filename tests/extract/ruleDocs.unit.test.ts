import { readFileSync } from 'node:fs';
import { RULES } from '../../src/extract';
import { currentRuleDocs, DOCS_PATH, renderRuleDocs } from '../../src/extract/ruleDocs';

describe('docs/extraction.md', () => {
  it('lists the rule entries exactly as they are (regenerate with src/extract/ruleDocs.ts)', () => {
    expect(currentRuleDocs(readFileSync(DOCS_PATH, 'utf8'))).toBe(renderRuleDocs());
  });

  it('names every rule entry', () => {
    const docs = readFileSync(DOCS_PATH, 'utf8');
    for (const rule of RULES) expect(docs).toContain(`\`${rule.name}\``);
  });
});

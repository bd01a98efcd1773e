import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../support';
import { RULES } from './rules';

/**
 * The rule list of docs/extraction.md, generated from the rule entries so that it is written once:
 * between the markers below, docs/extraction.md holds exactly what renderRuleDocs() returns
 * (tests/extract/ruleDocs.unit.test.ts checks it).
 *
 * Regenerate: `npx tsc -p tsconfig.build.json && node dist/src/extract/ruleDocs.js`.
 */
export const RULES_START = '<!-- rules:start (generated from src/extract/rules by src/extract/ruleDocs.ts; do not edit) -->';
export const RULES_END = '<!-- rules:end -->';
export const DOCS_PATH = path.join(projectRoot, 'docs', 'extraction.md');

/** A table cell: a "|" in the text would end it. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

export function renderRuleDocs(): string {
  const rows = RULES.map((rule) => {
    const examples = rule.examples.map((e) => `“${e.text}” → ${e.claims.length > 0 ? e.claims.map((c) => `\`${c}\``).join(', ') : 'nothing'}`).join('<br>');
    return `| \`${rule.name}\` | ${rule.predicates.join(', ')} | ${cell(rule.matches)} | ${cell(rule.builds)} | ${cell(examples)} |`;
  });
  return [RULES_START, '', '| Rule | Predicates | Matches | Builds | Examples |', '|---|---|---|---|---|', ...rows, '', RULES_END].join('\n');
}

/** The generated section as docs/extraction.md has it now, or null when the markers are missing. */
export function currentRuleDocs(text: string): string | null {
  const start = text.indexOf(RULES_START);
  const end = text.indexOf(RULES_END);
  return start === -1 || end === -1 ? null : text.slice(start, end + RULES_END.length);
}

if (require.main === module) {
  const text = readFileSync(DOCS_PATH, 'utf8');
  const current = currentRuleDocs(text);
  if (current === null) throw new Error(`expected ${RULES_START} and ${RULES_END} in docs/extraction.md, but got neither`);
  writeFileSync(DOCS_PATH, text.replace(current, renderRuleDocs()));
}
